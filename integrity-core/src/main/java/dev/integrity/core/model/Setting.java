package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.util.List;

/** One setting of the application (a Hibernate or Liquibase setting), and where it came from (for the log). */
public record Setting(String value, String source) {

  /** The names of the {@code ${…}} references left in the value: nothing set them when it was read (see {@link SettingReferences}). */
  public List<String> unresolved() {
    return SettingReferences.names(value);
  }

  /**
   * The error for a value with a reference nothing sets where a stand-in would change what is checked (a location, a
   * schema, a table, a changelog, contexts).
   */
  public IntegrityException unresolvedError() {
    return unresolvedError("write there the value the application runs with in production");
  }

  /** As {@link #unresolvedError()}, {@code otherwise} saying what else the user can do ({@code set <changeLogFile> to …}). */
  public IntegrityException unresolvedError(String otherwise) {
    return new IntegrityException(unresolvedReason() + ". A stand-in would change what is checked: " + howToSet() + ", or " + otherwise + ".");
  }

  /** The warning for a value whose references nothing sets, run with them as written (a placeholder's, a changelog parameter's). */
  public String standInWarning() {
    return "integrity: " + unresolvedReason() + "; the migrations run with '" + value + "' as its value. If the schema depends on it, "
        + howToSet() + ".";
  }

  /** {@code spring.flyway.locations in application.yml is '${MIGRATIONS}', and nothing sets MIGRATIONS (…)}. */
  public String unresolvedReason() {
    return source + " is '" + value + "', and nothing sets " + String.join(", ", unresolved())
        + " (no Java system property, environment variable or application setting of that name)";
  }

  private String howToSet() {
    List<String> names = unresolved();
    String variables = String.join(", ", names.stream().map(SettingReferences::environmentVariable).distinct().toList());
    return "give " + String.join(", ", names) + " a value where Maven runs (the environment variable " + variables + ", or -D" + names.get(0)
        + "=value on the mvn command line) or the reference a default (${" + names.get(0) + ":value})";
  }
}
