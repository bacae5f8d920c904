package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.UnavailableExtension;
import dev.integrity.core.database.Database;
import dev.integrity.core.schema.Extension;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity model's DDL as the project's Hibernate wrote it, in its order, not yet run anywhere; the settings
 * that were detected for it ({@code hibernate.*}: dialect, default schema, naming strategies); what the export reports.
 */
public record ModelScript(List<String> statements, Map<String, String> settings, ModelResult result) {

  /** Hibernate's {@code create schema x}, which the export asks for so that {@code @Table(schema = "x")} has its schema. */
  private static final Pattern CREATE_SCHEMA = Pattern.compile("(?i)create schema (?!if not exists )");
  /** undefined_object ("type citext does not exist") and undefined_function ("function uuid_generate_v4() does not exist"). */
  private static final Set<String> UNDEFINED = Set.of("42704", "42883");

  public ModelScript {
    statements = List.copyOf(statements);
    settings = Map.copyOf(settings);
  }

  /** The statements run into {@code target}, which gets no extension. */
  public void runInto(Database target) {
    runInto(target, List::of);
  }

  /**
   * Runs the statements into {@code target}. When one needs a type or function the database lacks, the run
   * (one transaction, so nothing of it stays) is repeated after creating {@code extensions}: those of the
   * migrated database, which the application's database has too. Asked for only then, so that a model
   * without extension types never waits for the migrations.
   */
  public void runInto(Database target, Supplier<List<Extension>> extensions) {
    try {
      run(target, List.of());
    } catch (UndefinedObject e) {
      List<Extension> wanted = extensions.get();
      if (wanted.isEmpty()) {
        throw HibernateMessages.rejected(new IllegalStateException(e.getMessage() + ". No migration creates an extension: if the type"
            + " or function comes from one, create it in a migration (CREATE EXTENSION)"));
      }
      try {
        run(target, wanted);
      } catch (UndefinedObject again) {
        throw HibernateMessages.rejected(new IllegalStateException(again.getMessage() + ", though the model's database has the"
            + " migrated database's extensions " + wanted.stream().map(Extension::name).toList()));
      }
    }
  }

  /**
   * Runs the statements as one JDBC batch in one transaction, after creating {@code extensions}: a few round
   * trips and one commit instead of one of each per statement, which at a thousand entities is most of the
   * export's time.
   */
  private void run(Database target, List<Extension> extensions) {
    List<String> batch = new ArrayList<>();
    for (Extension extension : extensions) {
      batch.add("CREATE SCHEMA IF NOT EXISTS " + quote(extension.schema()));
      batch.add("CREATE EXTENSION IF NOT EXISTS " + quote(extension.name()) + " SCHEMA " + quote(extension.schema()));
    }
    statements.stream().map(ModelScript::creatingMissingSchemaOnly).forEach(batch::add);
    try (Connection connection = target.connect()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String sql : batch) {
          statement.addBatch(sql);
        }
        statement.executeBatch();
        connection.commit();
      } catch (BatchUpdateException e) {
        int failed = failedStatement(e.getUpdateCounts());
        String sql = failed >= 0 && failed < batch.size() ? batch.get(failed) : "(statement unknown)";
        SQLException cause = e.getNextException() == null ? e : e.getNextException();
        UnavailableExtension.explain(cause, "the model's database (given the migrated database's extensions)").ifPresent(error -> {
          throw error;
        });
        String message = "Error executing DDL \"" + sql + "\": " + cause.getMessage();
        if (UNDEFINED.contains(cause.getSQLState())) {
          throw new UndefinedObject(message, cause);
        }
        throw HibernateMessages.rejected(new IllegalStateException(message, cause));
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot run the model's DDL in " + target.name() + ": " + e.getMessage(), e);
    }
  }

  /** A schema the model names may exist already: {@code public}, or one an extension was created in. */
  private static String creatingMissingSchemaOnly(String sql) {
    Matcher create = CREATE_SCHEMA.matcher(sql);
    return create.lookingAt() ? "CREATE SCHEMA IF NOT EXISTS " + sql.substring(create.end()) : sql;
  }

  /** Drivers report either the counts of the statements before the failed one, or every count with the failed ones marked. */
  private static int failedStatement(int[] counts) {
    if (counts == null) {
      return -1;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.EXECUTE_FAILED) {
        return i;
      }
    }
    return counts.length;
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** A statement needs a type or function the database does not have. */
  private static final class UndefinedObject extends RuntimeException {
    UndefinedObject(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
