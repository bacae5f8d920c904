package dev.integrity.bridge.common;

import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The model export every Hibernate line shares: builds the metadata with the project's own Hibernate, applies
 * Bean Validation's constraints to it as a SessionFactory's boot does ({@link BeanValidationDdl}), has it
 * write its DDL script to memory (no database is changed here) and walks the mapping for the origins. The core
 * hashes the script, and runs it into a database only when no earlier run read the same script's schema.
 * A subclass per Hibernate line supplies the calls whose signatures differ between lines.
 *
 * <p>Request keys: {@code classes} (List of class names to register), {@code packages} (List of package names
 * with package-level annotations), {@code mappingFiles} (List of URLs of XML mapping files, orm.xml or hbm.xml, read as
 * the application's persistence unit reads them), {@code xmlDeclared} and {@code metadataComplete} (see {@link
 * XmlDeclarations}), {@code settings} (Map of Hibernate settings; the data source under
 * {@code hibernate.connection.datasource}, which Hibernate may read its dialect from). Result keys:
 * {@code statements} (List of DDL statements in Hibernate's order, see {@link DdlScript}) and {@code origins}
 * (rows, see {@link OriginRows}).
 */
public abstract class HibernateLine implements Function<Map<String, Object>, Map<String, Object>> {

  /** The persistence API's property prefix this line reads: {@code javax.persistence} or {@code jakarta.persistence}. */
  protected abstract String persistenceApi();

  protected abstract List<Property> properties(PersistentClass entity);

  protected abstract List<Property> properties(Component component);

  protected abstract List<Selectable> selectables(Value value);

  @Override
  @SuppressWarnings("unchecked")
  public final Map<String, Object> apply(Map<String, Object> request) {
    Map<String, Object> settings = (Map<String, Object>) request.get("settings");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : (List<String>) request.get("classes")) {
        sources.addAnnotatedClass(load(name));
      }
      for (String name : (List<String>) request.get("packages")) {
        sources.addPackage(name);
      }
      for (String url : (List<String>) request.get("mappingFiles")) {
        sources.addURL(url(url));
      }
      Metadata metadata = sources.getMetadataBuilder().build();
      BeanValidationDdl.apply(metadata, registry, settings, persistenceApi());
      Map<String, Object> result = new HashMap<>();
      result.put("statements", DdlScript.statements(script(metadata, registry, settings)));
      result.put("origins", new OriginCollector(this, metadata,
          new XmlDeclarations((Map<String, String>) request.get("xmlDeclared"), (List<String>) request.get("metadataComplete"))).rows());
      return result;
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The same entry point a SessionFactory calls at boot for schema generation, with the script as the only target. */
  private String script(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings) {
    Map<String, Object> actions = new HashMap<>(settings);
    StringWriter ddl = new StringWriter();
    actions.put(persistenceApi() + ".schema-generation.database.action", "none");
    actions.put(persistenceApi() + ".schema-generation.scripts.action", "create");
    actions.put(persistenceApi() + ".schema-generation.scripts.create-target", ddl);
    actions.put("hibernate.hbm2ddl.delimiter", DdlScript.DELIMITER);
    actions.put("hibernate.format_sql", "false");
    actions.put("hibernate.hbm2ddl.halt_on_error", "true");
    SchemaManagementToolCoordinator.process(metadata, registry, actions, action -> { });
    return ddl.toString();
  }

  private static URL url(String url) {
    try {
      return new URL(url);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("mapping file " + url + " cannot be read: " + e.getMessage(), e);
    }
  }

  private Class<?> load(String name) {
    try {
      return Class.forName(name, false, getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("entity class " + name + " cannot be loaded: " + e.getMessage(), e);
    }
  }
}
