package dev.integrity.core.changelog;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * The fix of a Flyway project: the next versioned SQL migration {@code V<version>__integrity_fix.sql},
 * generated from the same changeSets as the Liquibase fix by Liquibase's own SQL generators for
 * PostgreSQL, each changeSet under a comment with its id and what it fixes. Flyway runs a migration in one
 * transaction: when a changeSet must run outside one (a validation that needs its {@code NOT VALID} add committed,
 * new enum labels), the migration gets the script configuration {@code <migration>.conf} with {@code
 * executeInTransaction=false}, and each statement commits by itself, as the lock-safe forms need. The changeSets
 * hold no {@code CREATE INDEX CONCURRENTLY} (see {@link LockSafeFix#forFlyway()}).
 */
public final class FlywayFixWriter {

  public static final String SUFFIX = "__integrity_fix.sql";
  /** What Flyway appends to a migration's file name for its script configuration. */
  public static final String CONFIG_SUFFIX = ".conf";

  private FlywayFixWriter() {}

  /** @param prefix the prefix of versioned SQL migrations, {@code V} unless the application's Flyway sets another */
  public static Path write(List<ChangeSet> changeSets, Path directory, String prefix, String version) {
    return writeFile(changeSets, directory.resolve(prefix + version + SUFFIX));
  }

  /** The SQL of {@code changeSets} in {@code file}, whatever its name, and its script configuration when it needs one. */
  public static Path writeFile(List<ChangeSet> changeSets, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, sql(changeSets), StandardCharsets.UTF_8);
      Path config = file.resolveSibling(file.getFileName() + CONFIG_SUFFIX);
      Optional<String> settings = scriptConfig(changeSets);
      if (settings.isPresent()) {
        Files.writeString(config, settings.get(), StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(config);
      }
    } catch (IOException e) {
      throw new IntegrityException("cannot write the fix migration " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** The migration's text: each changeSet's SQL for PostgreSQL (names quoted as the changeSet says) under a comment with its id, labels and what it fixes. */
  public static String sql(List<ChangeSet> changeSets) {
    StringBuilder sql = new StringBuilder("-- Written by integrity: makes the migrated database equal to the entity model.\n");
    for (ChangeSet changeSet : changeSets) {
      sql.append("\n-- ").append(changeSet.getId());
      if (changeSet.getLabels() != null && !changeSet.getLabels().isEmpty()) {
        sql.append(" [").append(changeSet.getLabels()).append(']');
      }
      sql.append(": ").append(changeSet.getComments().replace("\n", " ")).append('\n');
      Database postgres = ObjectQuoting.postgresql(changeSet);
      for (Change change : changeSet.getChanges()) {
        for (SqlStatement statement : change.generateStatements(postgres)) {
          for (Sql line : SqlGeneratorFactory.getInstance().generateSql(statement, postgres)) {
            sql.append(line.toSql()).append(";\n");
          }
        }
      }
    }
    return sql.toString();
  }

  /** {@code executeInTransaction=false} when a changeSet runs outside a transaction, else nothing: Flyway's default, one transaction. */
  public static Optional<String> scriptConfig(List<ChangeSet> changeSets) {
    return changeSets.stream().allMatch(ChangeSet::isRunInTransaction) ? Optional.empty() : Optional.of("executeInTransaction=false\n");
  }

  /** Removes the fix migrations of earlier runs, whatever their version, and their script configurations. */
  public static void clean(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) || f.getFileName().toString().endsWith(SUFFIX + CONFIG_SUFFIX))
          .toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new IntegrityException("cannot remove the previous fix migration in " + directory + ": " + e.getMessage(), e);
    }
  }
}
