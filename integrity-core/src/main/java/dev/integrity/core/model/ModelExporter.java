package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Has the project's own Hibernate write the entity model's DDL, inside a class loader of the project's classpath
 * (never the plugin's realm), through the bridge for that Hibernate line; {@link ModelScript#runInto} then runs
 * it into a database.
 */
public final class ModelExporter {

  private static final String BRIDGE_JAVAX = "dev.integrity.bridge.hibernate5.Hibernate5";
  private static final String BRIDGE_JAKARTA = "dev.integrity.bridge.hibernate6.Hibernate6";

  private ModelExporter() {}

  /** The model's DDL run into {@code target}, with the migrated database's {@code extensions} where the DDL needs them. */
  public static ModelResult export(ModelRequest request, Database target, List<Extension> extensions, Log log) {
    ModelScript script = script(request, target, log);
    script.runInto(target, () -> extensions);
    return script.result();
  }

  /** The model's DDL, not run anywhere; Hibernate may read its dialect from {@code target}. */
  public static ModelScript script(ModelRequest request, Database target, Log log) {
    return script(request, target, log, ScriptStore.NONE);
  }

  /**
   * The model's DDL, from {@code store} when it keeps the script of an export with the same inputs, else written by
   * the project's Hibernate (which may read its dialect from {@code target}) and kept there.
   */
  public static ModelScript script(ModelRequest request, Database target, Log log, ScriptStore store) {
    checkJavaVersion(request.entityRoots());
    boolean own = !onClasspath(request.classpath(), "org/hibernate/Version.class");
    try (URLClassLoader project = projectLoader(request, own); ProjectLogging quiet = ProjectLogging.quiet(project, log)) {
      MappingFiles mapping = MappingFiles.find(request, project, log);
      EntityScanner.Found found = entities(request, project, log, mapping);
      String version = hibernateVersion(project);
      int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
      if (own) {
        checkOwnHibernate(version, major, found);
        log.info("Hibernate is not on the project's runtime classpath: the model is exported by the plugin's own Hibernate " + version
            + ", the line that reads the " + (found.javax() ? "javax" : "jakarta") + ".persistence annotations the entities use");
      }
      Map<String, String> application = ApplicationSettings.detect(request, project, log);
      ApplicationSettings.checkNamingStrategies(application, request, project);
      ScriptInputs inputs = new ScriptInputs(request, found.classes(), found.packages(), mapping.urls(), mapping.declared(),
          mapping.metadataComplete(), version, application);
      return store.script(inputs, () -> {
        Map<String, Object> answer = invokeBridge(project, bridgeFor(version, major), found, mapping, settings(application, target));
        String defaultSchema = application.getOrDefault("hibernate.default_schema", "public");
        boolean quoteAll = Boolean.parseBoolean(application.getOrDefault("hibernate.globally_quoted_identifiers", "false").trim());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) answer.get("origins");
        @SuppressWarnings("unchecked")
        List<String> statements = (List<String>) answer.get("statements");
        return new ModelScript(statements, application,
            new ModelResult(origins(rows, defaultSchema, quoteAll), version, mappedClasses(found, mapping)));
      });
    } catch (IOException e) {
      throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
    }
  }

  /**
   * The mapped classes: within {@code <packages>} on the whole classpath; else within the packages the Spring Boot
   * application scans, on the whole classpath as Spring Boot looks; else (or when those packages hold none: the
   * application registers its entities another way, such as its own {@code setPackagesToScan}) every one of the
   * module and its own dependencies. Classes the mapping files map count as found: a legacy project may map all its
   * entities in XML.
   */
  private static EntityScanner.Found entities(ModelRequest request, ClassLoader project, Log log, MappingFiles mapping) {
    if (request.packages().isEmpty()) {
      Optional<SpringBootPackages.Decided> boot =
          SpringBootPackages.detect(request.entitySources().stream().map(EntitySource::root).toList(), project, log);
      if (boot.isPresent()) {
        List<String> packages = boot.get().packages();
        log.info("Entities and converters: the packages Spring Boot scans, from " + boot.get().reason() + ": " + String.join(", ", packages));
        EntityScanner.Found found = EntityScanner.scan(classpathSources(request), packages, log);
        if (!found.classes().isEmpty() || !mapping.classes().isEmpty()) {
          return found;
        }
        log.warn("integrity: no mapped class in " + String.join(", ", packages) + ", the packages Spring Boot scans;"
            + " every mapped class of the module and its own dependencies is in the model instead."
            + " Set <packages> to the packages the application registers its entities from.");
      }
    }
    EntityScanner.Found found = EntityScanner.scan(request.entitySources(), request.packages(), log);
    if (found.classes().isEmpty() && mapping.classes().isEmpty()) {
      throw new IntegrityException("no entity classes found in " + request.entitySources().stream().map(EntitySource::root).toList()
          + (request.packages().isEmpty() ? "" : " within packages " + request.packages())
          + ". Compile the project first (mvn verify runs compile), set <packages> to where the @Entity classes are,"
          + " or map them in META-INF/orm.xml.");
    }
    return found;
  }

  private static int mappedClasses(EntityScanner.Found found, MappingFiles mapping) {
    TreeSet<String> classes = new TreeSet<>(found.classes());
    classes.addAll(mapping.classes());
    return classes.size();
  }

  /** Every classpath entry, named as the request names it when it is an entity source, else by its file name. */
  private static List<EntitySource> classpathSources(ModelRequest request) {
    Map<Path, EntitySource> named = new HashMap<>();
    request.entitySources().forEach(source -> named.put(source.root(), source));
    return request.classpath().stream()
        .map(path -> named.getOrDefault(path, new EntitySource(String.valueOf(path.getFileName()), path)))
        .toList();
  }

  private static boolean onClasspath(List<Path> classpath, String resource) {
    try (URLClassLoader probe = new URLClassLoader(classpath.stream().map(ModelExporter::url).toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      return probe.getResource(resource) != null;
    } catch (IOException e) {
      throw new IntegrityException("cannot close a class loader: " + e.getMessage(), e);
    }
  }

  /** The project's classpath, with the plugin's own Hibernate after it when the project has none ({@code own}). */
  private static URLClassLoader projectLoader(ModelRequest request, boolean own) {
    List<URL> urls = new ArrayList<>();
    request.classpath().forEach(path -> urls.add(url(path)));
    if (own) {
      if (request.fallbackHibernate().isEmpty()) {
        throw new IntegrityException("Hibernate ORM is not on the project's runtime classpath and no fallback was given."
            + " Add org.hibernate.orm:hibernate-core to the project's dependencies.");
      }
      request.fallbackHibernate().forEach(path -> urls.add(url(path)));
    }
    return new URLClassLoader("integrity-project", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** The plugin's own Hibernate must read the annotations the entities use: 5.6 javax.persistence, 6 and later jakarta.persistence. */
  private static void checkOwnHibernate(String version, int major, EntityScanner.Found found) {
    if (found.javax() != (major == 5)) {
      throw new IntegrityException("Hibernate is not on the project's runtime classpath, and the plugin's own Hibernate " + version
          + " does not read the " + (found.javax() ? "javax" : "jakarta") + ".persistence annotations the entities use. Add "
          + (found.javax() ? "org.hibernate:hibernate-core 5.6" : "org.hibernate.orm:hibernate-core 6 or 7") + " to the project's dependencies.");
    }
  }

  private static String hibernateVersion(ClassLoader project) {
    try {
      Object version = Class.forName("org.hibernate.Version", true, project).getMethod("getVersionString").invoke(null);
      return String.valueOf(version);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IntegrityException("cannot read the version of the project's Hibernate: " + e, e);
    }
  }

  /** Hibernate 5 maps javax.persistence; 6 and 7 map jakarta.persistence and share the API the bridge uses. */
  private static String bridgeFor(String version, int major) {
    if (major == 5) {
      return BRIDGE_JAVAX;
    }
    if (major >= 6) {
      return BRIDGE_JAKARTA;
    }
    throw new IntegrityException("Hibernate " + version + " is on the project's classpath; the plugin exports the model with"
        + " Hibernate 5.6, 6.x or 7.x. Upgrade Hibernate to 5.6 or newer.");
  }

  private static Map<String, Object> settings(Map<String, String> application, Database target) {
    Map<String, Object> settings = new LinkedHashMap<>(application);
    settings.put("hibernate.connection.datasource", target.dataSource());
    settings.put("hibernate.hbm2ddl.create_namespaces", "true");
    settings.put("hibernate.show_sql", "false");
    return settings;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> invokeBridge(ClassLoader project, String bridgeClass, EntityScanner.Found found, MappingFiles mapping,
      Map<String, Object> settings) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(project);
    try {
      BridgeClassLoader bridge = new BridgeClassLoader(project, ModelExporter.class.getClassLoader());
      Function<Map<String, Object>, Map<String, Object>> export =
          (Function<Map<String, Object>, Map<String, Object>>) bridge.loadClass(bridgeClass).getConstructor().newInstance();
      Map<String, Object> call = new HashMap<>();
      call.put("classes", found.classes());
      call.put("packages", found.packages());
      call.put("mappingFiles", mapping.urls());
      call.put("xmlDeclared", mapping.declared());
      call.put("metadataComplete", mapping.metadataComplete());
      call.put("settings", settings);
      return export.apply(call);
    } catch (InvocationTargetException | ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IntegrityException("the model export bridge cannot start: " + e, e);
    } catch (RuntimeException | LinkageError e) {
      throw HibernateMessages.rejected(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Origins origins(List<Map<String, String>> rows, String defaultSchema, boolean quoteAll) {
    Map<String, Origin> byName = new HashMap<>();
    for (Map<String, String> row : rows) {
      String schema = schema(row.getOrDefault("schema", defaultSchema), quoteAll);
      String table = fold(row.get("table"), Boolean.parseBoolean(row.get("quoted")));
      String key = schema + "." + table;
      if (row.containsKey("column")) {
        key += "." + fold(row.get("column"), Boolean.parseBoolean(row.get("columnQuoted")));
        String declared = row.getOrDefault("declared", "");
        byName.putIfAbsent(key, new Origin(row.get("entity"), row.get("attribute"),
            declared.isEmpty() ? Set.of() : Set.of(declared.split(","))));
      } else {
        byName.putIfAbsent(key, new Origin(row.get("entity"), null, Set.of()));
      }
    }
    return new Origins(byName);
  }

  /**
   * A schema name as PostgreSQL stores it: kept as written when quoted (in double quotes or backticks, or by
   * {@code hibernate.globally_quoted_identifiers}), else folded. Folding a quoted {@code "Sales"} would read an
   * empty schema on both sides, and no drift could ever show.
   */
  private static String schema(String name, boolean quoteAll) {
    String text = name.trim();
    boolean wrapped = text.length() > 1 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("`") && text.endsWith("`"));
    return wrapped ? text.substring(1, text.length() - 1) : fold(text, quoteAll);
  }

  /** PostgreSQL folds unquoted names to lower case. */
  private static String fold(String name, boolean quoted) {
    return quoted ? name : name.toLowerCase(Locale.ROOT);
  }

  private static void checkJavaVersion(List<Path> roots) {
    int classVersion = EntityScanner.highestClassVersion(roots);
    int running = Runtime.version().feature();
    if (classVersion - 44 > running) {
      throw new IntegrityException("the project's classes are compiled for Java " + (classVersion - 44)
          + " but Maven runs on Java " + running + ". Run Maven with a JDK of version " + (classVersion - 44) + " or newer (JAVA_HOME).");
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IntegrityException("bad classpath entry " + path + ": " + e.getMessage(), e);
    }
  }
}
