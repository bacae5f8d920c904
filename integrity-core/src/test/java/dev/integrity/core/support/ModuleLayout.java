package dev.integrity.core.support;

import dev.integrity.core.common.Log;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Real files laid out as the modules of a multi-module build package them: jars of compiled entity
 * classes or changelogs, class and resource directories. Also a log that keeps what it was told.
 */
public final class ModuleLayout {

  public static final String MASTER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
      + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
      + " https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n"
      + "  <include file=\"changes/shop.xml\" relativeToChangelogFile=\"true\"/>\n"
      + "</databaseChangeLog>\n";

  private ModuleLayout() {}

  /** A jar holding {@code entries} (name to content). */
  public static Path jar(Path jar, Map<String, byte[]> entries) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The compiled classes of a fixture package, as a module's jar has them. */
  public static Map<String, byte[]> classes(String fixturePackage) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    Path directory = Path.of("target/test-classes").resolve(fixturePackage.replace('.', '/'));
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        entries.put(fixturePackage.replace('.', '/') + "/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    return entries;
  }

  /** A master changelog at {@code db/changelog/shop-master.xml} including the test resource {@code changeSets} as {@code changes/shop.xml}. */
  public static Map<String, byte[]> changeLog(String changeSets) throws IOException {
    return Map.of(
        "db/changelog/shop-master.xml", MASTER.getBytes(StandardCharsets.UTF_8),
        "db/changelog/changes/shop.xml", Files.readAllBytes(Path.of("src/test/resources").resolve(changeSets)));
  }

  public static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** A log that keeps its lines. */
  public static final class Recording implements Log {
    public final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
      lines.add(message);
      TestProjects.STDOUT.info(message);
    }

    @Override
    public void warn(String message) {
      lines.add(message);
      TestProjects.STDOUT.warn(message);
    }

    public String text() {
      return String.join("\n", lines);
    }
  }
}
