package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.changelog.FlywayFixWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fix as the Flyway project's next migration, {@code V<next>__<name>.sql} (the application's
 * {@code sql-migration-prefix} in place of {@code V}) in the source folder of the first location, the version in the project's style: integers ({@code V7} → {@code V8}, zero-padding kept),
 * dotted ({@code V1.4} → {@code V1.5}) or timestamps ({@code V20240101120000} → now).
 */
public final class FlywayMigration {

  private FlywayMigration() {}

  /**
   * Writes the migration into the source folder of {@code firstLocation} with the versioned migrations' {@code prefix}
   * ({@code V} unless the application sets another) and returns the console line naming it.
   */
  public static String write(String firstLocation, String prefix, NewMigration migration) {
    Path directory = folder(firstLocation, migration.baseDir(), migration.searchRoots());
    String version = nextVersion(versions(directory, prefix), migration.now());
    Path file = directory.resolve(prefix + version + "__" + FileNames.slug(migration.name(), '_') + ".sql");
    NewFile.write(file, FlywayFixWriter.sql(migration.steps()).getBytes(StandardCharsets.UTF_8));
    return "Migration written: " + file;
  }

  /** The source folder of a location: {@code filesystem:} under the project, {@code classpath:} in the first resource folder that has it. */
  static Path folder(String location, Path baseDir, List<Path> resourceRoots) {
    if (location.startsWith("filesystem:")) {
      return baseDir.resolve(location.substring("filesystem:".length()));
    }
    String relative = location.replaceFirst("^classpath:", "").replaceFirst("^/+", "");
    Path base = baseDir.toAbsolutePath().normalize();
    List<Path> sources = resourceRoots.stream().map(r -> r.toAbsolutePath().normalize())
        .filter(r -> r.startsWith(base) && !r.equals(base) && !r.startsWith(base.resolve("target"))).toList();
    return sources.stream().map(r -> r.resolve(relative)).filter(Files::isDirectory).findFirst()
        .or(() -> sources.stream().findFirst().map(r -> r.resolve(relative)))
        .orElseThrow(() -> new IntegrityException("the Flyway location " + location + " is in none of the project's resource folders under "
            + baseDir + "; set <flywayLocations> to filesystem:src/main/resources/db/migration (say) to write the migration there"));
  }

  static String nextVersion(List<String> versions, Instant now) {
    Optional<String> highest = versions.stream().max(Comparator.comparing(FlywayVersion::parse));
    if (highest.isEmpty()) {
      return "1";
    }
    String top = highest.get();
    Matcher last = Pattern.compile("(\\d+)$").matcher(top);
    last.find();
    String prefix = top.substring(0, last.start());
    if (prefix.isEmpty() && top.length() >= 12) {
      return FileNames.nextNumber(top, List.of(top), now);
    }
    String digits = last.group(1);
    return prefix + FileNames.pad(new BigInteger(digits).add(BigInteger.ONE).toString(), digits.startsWith("0") ? digits.length() : 0);
  }

  private static List<String> versions(Path directory, String prefix) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    Pattern versioned = Pattern.compile(Pattern.quote(prefix) + "(\\d+(?:[._]\\d+)*)__.*\\.sql");
    try (Stream<Path> files = Files.walk(directory)) {
      return files.map(f -> versioned.matcher(f.getFileName().toString())).filter(Matcher::matches).map(m -> m.group(1)).toList();
    } catch (IOException e) {
      throw new IntegrityException("cannot list the Flyway migrations in " + directory + ": " + e.getMessage(), e);
    }
  }
}
