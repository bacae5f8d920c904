package dev.integrity.bridge.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.jdbc.spi.JdbcServices;

/**
 * What Bean Validation's constraints ({@code @NotNull}, {@code @Size}, {@code @Min}, {@code @Max}, {@code @Digits})
 * add to the DDL. A SessionFactory applies them at boot, before it writes the schema, whenever a Bean Validation
 * provider is on the class path; the export builds no SessionFactory, so it asks Hibernate's own activator for the
 * same step. It is reached by name: the activator's package moved in 6.x, and the validation API is javax or jakarta.
 */
final class BeanValidationDdl {

  private static final String[] ACTIVATORS = {
    "org.hibernate.boot.beanvalidation.TypeSafeActivator", "org.hibernate.cfg.beanvalidation.TypeSafeActivator"
  };

  private BeanValidationDdl() {}

  /**
   * Applies the constraints to the metadata's columns as the SessionFactory would under the given settings: not
   * with validation mode {@code none} or {@code callback}, nor with {@code hibernate.validator.apply_to_ddl=false};
   * with mode {@code auto} (the default) only when a provider answers, with mode {@code ddl} always.
   */
  static void apply(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings,
      String persistenceApi) {
    String mode = String.valueOf(settings.getOrDefault(persistenceApi + ".validation.mode", "auto"))
        .toLowerCase(Locale.ROOT);
    boolean required = mode.contains("ddl");
    if (!required && !mode.contains("auto")
        || "false".equalsIgnoreCase(String.valueOf(settings.get("hibernate.validator.apply_to_ddl")))) {
      return;
    }
    Object factory = validatorFactory(settings, persistenceApi, required);
    if (factory == null) {
      return;
    }
    ClassLoader loader = BeanValidationDdl.class.getClassLoader();
    try {
      activator(loader).invoke(null, factory, metadata.getEntityBindings(), settings,
          registry.getService(JdbcServices.class).getDialect(),
          new ClassLoaderAccessImpl(loader, registry.getService(ClassLoaderService.class)));
      if (!settings.containsKey(persistenceApi + ".validation.factory") && factory instanceof AutoCloseable built) {
        built.close();
      }
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Bean Validation's constraints cannot be applied to the DDL: "
          + e.getCause().getMessage(), e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException("Hibernate's Bean Validation activator cannot be called: " + e, e);
    }
  }

  /** The factory the settings name, else the default one; null when none starts and the mode does not ask for it. */
  private static Object validatorFactory(Map<String, Object> settings, String persistenceApi, boolean required) {
    Object given = settings.get(persistenceApi + ".validation.factory");
    if (given != null) {
      return given;
    }
    String validationApi = persistenceApi.replace(".persistence", ".validation");
    try {
      return Class.forName(validationApi + ".Validation", true, BeanValidationDdl.class.getClassLoader())
          .getMethod("buildDefaultValidatorFactory").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      // no validation API or no provider: the SessionFactory skips the step too, unless mode ddl asks for it
      Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
      if (required) {
        throw new IllegalStateException("validation mode ddl, but Bean Validation cannot be started: " + cause, cause);
      }
      return null;
    }
  }

  private static Method activator(ClassLoader loader) throws ReflectiveOperationException {
    for (String name : ACTIVATORS) {
      try {
        for (Method method : Class.forName(name, true, loader).getMethods()) {
          if (method.getName().equals("applyRelationalConstraints") && method.getParameterCount() == 5) {
            method.setAccessible(true); // the activator class itself is package-private
            return method;
          }
        }
      } catch (ClassNotFoundException e) {
        // the other Hibernate line's package
      }
    }
    throw new NoSuchMethodException("applyRelationalConstraints on " + String.join(" or ", ACTIVATORS));
  }
}
