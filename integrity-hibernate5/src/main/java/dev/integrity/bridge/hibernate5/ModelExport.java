package dev.integrity.bridge.hibernate5;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Exports the entity model's DDL into a database with the project's own Hibernate (5.6, javax.persistence) and
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
      // The same entry point a SessionFactory calls at boot for javax.persistence.schema-generation.
      Map<String, Object> actions = new HashMap<>(settings);
      actions.put("javax.persistence.schema-generation.database.action", "create");
      actions.put("hibernate.hbm2ddl.halt_on_error", "true");
      SchemaManagementToolCoordinator.process(metadata, registry, actions, action -> { });
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
