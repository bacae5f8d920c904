package dev.integrity.core.cache;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.common.Log;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project of the shop fixtures' entities whose migrations a test edits between runs of {@code verify} (on the
 * embedded PostgreSQL unless a provider is named), all runs sharing one cache directory; every run gets a new output directory, so only
 * the kept migrated database carries over. Collects what the runs log.
 */
final class KeptProject {

  static final String REUSED = "Kept migrated database reused";
  static final String NOT_REUSED = "Kept migrated database not reused";

  final Path resources;
  final Path cacheDirectory;
  private final Path outputs;
  private final Migrations migrations;
  private final String provider;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());

  KeptProject(Path root, Migrations migrations) throws IOException {
    this(root, migrations, "embedded");
  }

  KeptProject(Path root, Migrations migrations, String provider) throws IOException {
    this.resources = Files.createDirectories(root.resolve("resources"));
    this.cacheDirectory = root.resolve("cache");
    this.outputs = Files.createDirectories(root.resolve("out"));
    this.migrations = migrations;
    this.provider = provider;
  }

  VerifyResult verify() {
    return verify(builder -> builder);
  }

  VerifyResult verify(java.util.function.UnaryOperator<VerifyRequest.Builder> change) {
    try {
      VerifyRequest.Builder request = VerifyRequest.builder()
          .baseDir(resources)
          .changeLogSearchRoots(List.of(resources))
          .model(TestProjects.model("dev.integrity.core.fixtures.shop"))
          .database(Providers.settings(provider))
          .migrations(migrations)
          .cacheDirectory(cacheDirectory)
          .outputDirectory(Files.createTempDirectory(outputs, "run"));
      if (migrations == Migrations.FLYWAY) {
        request.flywayLocations(List.of("filesystem:" + resources)).changeLogFile(null);
      } else {
        request.changeLogFile(resources.resolve("changelog.xml"));
      }
      return Integrity.verify(change.apply(request).build(), new Log() {
        @Override
        public void info(String message) {
          log.add(message);
          TestProjects.STDOUT.info(message);
        }

        @Override
        public void warn(String message) {
          log.add(message);
          TestProjects.STDOUT.warn(message);
        }
      });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The log lines since the last call that start with {@code prefix}. */
  List<String> said(String prefix) {
    synchronized (log) {
      List<String> lines = log.stream().filter(line -> line.startsWith(prefix) || line.contains(prefix)).toList();
      log.clear();
      return lines;
    }
  }

  /** The one kept entry of the cache directory. */
  Path entryFile() throws IOException {
    try (Stream<Path> files = Files.list(cacheDirectory)) {
      List<Path> entries = files.filter(file -> file.getFileName().toString().endsWith(".json.gz")).toList();
      if (entries.size() != 1) {
        throw new AssertionError("expected one kept entry, found " + entries);
      }
      return entries.get(0);
    }
  }

  KeptEntry entry() throws IOException {
    try (InputStream in = Files.newInputStream(entryFile())) {
      return KeptEntry.read(in);
    }
  }

  /** The kept rows of {@code table}, each as column name to value (COPY text form). */
  List<java.util.Map<String, String>> keptRows(String table) throws IOException {
    DatabaseDump.TableRows rows = entry().dump().rows().stream().filter(t -> t.table().equals(table)).findFirst()
        .orElseThrow(() -> new AssertionError("no rows of " + table + " kept"));
    List<java.util.Map<String, String>> result = new ArrayList<>();
    for (String line : rows.copy().lines().toList()) {
      String[] values = line.split("\t", -1);
      java.util.Map<String, String> row = new java.util.TreeMap<>();
      for (int i = 0; i < values.length; i++) {
        row.put(rows.columns().get(i), values[i]);
      }
      result.add(row);
    }
    return result;
  }
}
