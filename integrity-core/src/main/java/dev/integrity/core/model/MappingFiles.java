package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The XML mapping files the application's persistence unit reads: JPA's default {@code META-INF/orm.xml} of the
 * project's own output (unless Spring Boot's {@code spring.jpa.mapping-resources} or Quarkus's {@code
 * quarkus.hibernate-orm.mapping-files} names the files instead, as those frameworks do, or Micronaut's JPA support
 * boots Hibernate, which reads only its {@code jpa.<name>.mapping-resources}), the {@code <mapping-file>} entries of
 * {@code META-INF/persistence.xml} and Micronaut's {@code jpa.<name>.mapping-resources}. Named files are classpath
 * resources, found through the project's class loader as the application finds them.
 */
record MappingFiles(List<MappingFile> files) {

  static final String DEFAULT = "META-INF/orm.xml";
  /** Quarkus's value of {@code quarkus.hibernate-orm.mapping-files} that turns the default file off. */
  private static final String NO_FILE = "no-file";
  /** Micronaut's JPA support: it hands Hibernate only the mapping resources it is configured with. */
  private static final String MICRONAUT_JPA = "io/micronaut/configuration/hibernate/jpa/JpaConfiguration.class";

  MappingFiles {
    files = List.copyOf(files);
  }

  static MappingFiles find(ModelRequest request, ClassLoader project, Log log) {
    List<Path> roots = request.entityRoots();
    Map<String, MappingFile> found = new LinkedHashMap<>();
    Optional<Setting> spring = SpringBootSettings.mappingResources(roots, request.profiles());
    Optional<Setting> quarkus = QuarkusSettings.mappingFiles(roots, request.profiles());
    Optional<Setting> replacing = spring.isPresent() ? spring : quarkus;
    if (replacing.isEmpty() && project.getResource(MICRONAUT_JPA) == null) {
      roots.stream().map(root -> root.resolve(DEFAULT)).filter(Files::isRegularFile).findFirst()
          .ifPresent(file -> found.put(DEFAULT, MappingFile.read(DEFAULT, url(file), "JPA's default mapping file")));
    }
    replacing.ifPresent(setting -> add(setting, project, found));
    MicronautSettings.mappingResources(roots, request.profiles()).ifPresent(setting -> add(setting, project, found));
    PersistenceXml.mappingFiles(roots).ifPresent(setting -> add(setting, project, found));
    MappingFiles files = new MappingFiles(List.copyOf(found.values()));
    files.files().forEach(file -> log.info("Mapping file: " + file.name() + " (" + file.reason() + "), mapping " + file.classes().size()
        + " classes"));
    files.checkClasses(project);
    return files;
  }

  /** The classes the files map, sorted. */
  List<String> classes() {
    TreeSet<String> classes = new TreeSet<>();
    files.forEach(file -> classes.addAll(file.classes()));
    return List.copyOf(classes);
  }

  /** The files' locations, for Hibernate. */
  List<String> urls() {
    return files.stream().map(file -> file.url().toString()).toList();
  }

  /** What the files state per {@code class#attribute}, as comma-separated names (length, precision, scale, nullable). */
  Map<String, String> declared() {
    Map<String, String> declared = new LinkedHashMap<>();
    files.forEach(file -> file.declared().forEach((key, stated) -> declared.merge(key, String.join(",", stated), (a, b) -> a + "," + b)));
    return declared;
  }

  /** The classes whose annotations the files make void (metadata-complete), sorted. */
  List<String> metadataComplete() {
    TreeSet<String> complete = new TreeSet<>();
    files.forEach(file -> complete.addAll(file.metadataComplete()));
    return List.copyOf(complete);
  }

  /** Each file a setting names (comma-separated), found on the project's classpath; the default file is turned off by Quarkus's {@code no-file}. */
  private static void add(Setting setting, ClassLoader project, Map<String, MappingFile> found) {
    for (String name : Arrays.stream(setting.value().split(",")).map(String::trim).filter(n -> !n.isEmpty() && !n.equals(NO_FILE)).toList()) {
      String resource = name.startsWith("classpath:") ? name.substring("classpath:".length()) : name;
      resource = resource.startsWith("/") ? resource.substring(1) : resource;
      URL url = project.getResource(resource);
      if (url == null) {
        throw new IntegrityException("the mapping file " + name + " named by " + setting.source() + " is not on the project's runtime classpath."
            + " Check the name (a classpath resource such as META-INF/orm.xml); the application would fail the same way at startup.");
      }
      found.putIfAbsent(resource, MappingFile.read(resource, url, setting.source()));
    }
  }

  /** Every class a file maps must load, as it must when the application boots: said here with the file that names it. */
  private void checkClasses(ClassLoader project) {
    for (MappingFile file : files) {
      for (String name : file.classes()) {
        try {
          Class.forName(name, false, project);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IntegrityException("the mapping file " + file.name() + " maps the class " + name + ", which cannot be loaded from the project's"
              + " runtime classpath: " + e + ". Check the class name (and the file's <package>); the application would fail the same way at startup.", e);
        }
      }
    }
  }

  private static URL url(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IntegrityException("bad mapping file path " + file + ": " + e.getMessage(), e);
    }
  }
}
