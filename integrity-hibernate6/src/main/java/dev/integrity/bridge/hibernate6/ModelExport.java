package dev.integrity.bridge.hibernate6;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Exports the entity model's DDL into a database with the project's own Hibernate (6.x or 7.x) and
 * reports where each table and column came from.
 *
 * <p>Request keys: {@code classes} (List of class names to register), {@code packages} (List of package
 * names with package-level annotations), {@code settings} (Map of Hibernate settings; the data source
 * under {@code hibernate.connection.datasource}). Result: one row per table and per column, see {@link OriginCollector}.
 */
public final class ModelExport implements Function<Map<String, Object>, List<Map<String, String>>> {

  @Override
  @SuppressWarnings("unchecked")
  public List<Map<String, String>> apply(Map<String, Object> request) {
    ClassLoader projectLoader = getClass().getClassLoader();
    Map<String, Object> settings = (Map<String, Object>) request.get("settings");
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : (List<String>) request.get("classes")) {
        sources.addAnnotatedClass(load(name, projectLoader));
      }
      for (String name : (List<String>) request.get("packages")) {
        sources.addPackage(name);
      }
      Metadata metadata = sources.getMetadataBuilder().build();
      // The same entry point a SessionFactory calls at boot for jakarta.persistence.schema-generation.
      // The script goes to memory and then to the database as one batch (see DdlBatch), not statement by statement.
      Map<String, Object> actions = new HashMap<>(settings);
      StringWriter ddl = new StringWriter();
      actions.put("jakarta.persistence.schema-generation.database.action", "none");
      actions.put("jakarta.persistence.schema-generation.scripts.action", "create");
      actions.put("jakarta.persistence.schema-generation.scripts.create-target", ddl);
      actions.put("hibernate.hbm2ddl.delimiter", DdlBatch.DELIMITER);
      actions.put("hibernate.format_sql", "false");
      actions.put("hibernate.hbm2ddl.halt_on_error", "true");
      SchemaManagementToolCoordinator.process(metadata, registry, actions, action -> { });
      DdlBatch.execute((DataSource) settings.get("hibernate.connection.datasource"), DdlBatch.statements(ddl.toString()));
      return new OriginCollector(metadata).rows();
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("entity class " + name + " cannot be loaded: " + e.getMessage(), e);
    }
  }
}
