package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.UnavailableExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.MigrationFailedException;

/**
 * Turns what Liquibase throws into one message: a changelog it cannot parse (its file and line, which
 * Liquibase puts in the parse message), or a changeSet that fails (id, author, file and the database's
 * error); both end with what to do. A parse failure on a construct the plugin's Liquibase does not know names
 * the changeSet it is in ({@link UnsupportedConstructs}); {@code readFile} gives a changelog file's text for that.
 */
final class LiquibaseFailures {

  private static final Pattern FAILED_CHANGESET = Pattern.compile("Migration failed for changeset (.+)::(.+)::(.+?):\\s", Pattern.DOTALL);
  private static final Pattern EXCEPTION_PREFIX = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

  private LiquibaseFailures() {}

  static IntegrityException describe(Path changeLog, Throwable e, Function<String, String> readFile) {
    ChangeLogParseException parse = find(e, ChangeLogParseException.class);
    IntegrityException unsupported = parse == null ? null : UnsupportedConstructs.explain(parse.getMessage(), readFile, e);
    if (unsupported != null) {
      return unsupported;
    }
    if (parse != null) {
      return new IntegrityException("cannot parse the changelog " + ChangeLogLocator.describe(changeLog) + ": " + clean(parse.getMessage())
          + ". Fix the changelog at the place named above and run again.", e);
    }
    MigrationFailedException failed = find(e, MigrationFailedException.class);
    if (failed != null) {
      Matcher m = FAILED_CHANGESET.matcher(failed.getMessage());
      SQLException database = find(e, SQLException.class);
      String reason = database != null ? clean(database.getMessage()) : clean(failed.getMessage());
      String failedSql = failedSql(failed.getMessage());
      String changeSet = m.find() ? "changeSet " + m.group(2) + " by " + m.group(3) + " in " + m.group(1) : null;
      Optional<IntegrityException> extension = UnavailableExtension.explain(e, changeSet != null ? changeSet : ChangeLogLocator.describe(changeLog));
      if (extension.isPresent()) {
        return extension.get();
      }
      if (changeSet != null) {
        return new IntegrityException(changeSet + " failed: " + reason
            + failedSql + ". Fix the changeSet named above and run again.", e);
      }
      return new IntegrityException("Liquibase could not apply " + ChangeLogLocator.describe(changeLog) + ": " + clean(failed.getMessage())
          + ". Fix the changeSet named above and run again.", e);
    }
    return new IntegrityException("Liquibase could not apply " + ChangeLogLocator.describe(changeLog) + ": " + clean(deepestMessage(e))
        + ". Fix the changelog and run again.", e);
  }

  static Optional<RefusedChangeSet> refusal(Throwable e) {
    MigrationFailedException failed = find(e, MigrationFailedException.class);
    if (failed == null) {
      return Optional.empty();
    }
    SQLException database = find(e, SQLException.class);
    String statement = failedSql(failed.getMessage()).replaceFirst("^ \\[Failed SQL: (\\(\\d+\\) )?", "").replaceFirst("]$", "");
    String reason = database != null ? clean(database.getMessage()) : clean(failed.getMessage());
    return Optional.of(new RefusedChangeSet(reason.replaceFirst("^ERROR: ", ""), statement));
  }

  private static String failedSql(String message) {
    int start = message.indexOf("[Failed SQL:");
    int end = message.indexOf(']', start);
    return start < 0 || end < 0 ? "" : " " + clean(message.substring(start, end + 1));
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String deepestMessage(Throwable e) {
    String message = e.getClass().getName();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message;
  }

  private static String clean(String message) {
    String text = EXCEPTION_PREFIX.matcher(message).replaceAll("").replaceAll("\\s+", " ").trim();
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
