package dev.integrity.core.rows;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a check allows a column when it lists them, as Hibernate writes an enum column's check
 * ({@code col in ('A','B')}, which PostgreSQL prints as {@code (col)::text = ANY (ARRAY['A'::character varying, ...])}):
 * the literals as SQL, for a value cycling through them.
 */
final class CheckLiterals {

  private static final Pattern LIST = Pattern.compile("= ANY \\(+ARRAY\\[(.*)]", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?![\\w.])");

  private CheckLiterals() {}

  /** The literals of the first single-column check on {@code column} that lists its values, or empty. */
  static Optional<List<String>> of(Table table, String column) {
    for (Check check : table.checks()) {
      if (!check.columns().equals(List.of(column)) || check.expression().startsWith("NOT")) {
        continue;
      }
      Matcher list = LIST.matcher(check.expression());
      if (list.find()) {
        List<String> literals = literals(STRING, list.group(1));
        if (literals.isEmpty()) {
          literals = literals(NUMBER, list.group(1));
        }
        if (!literals.isEmpty()) {
          return Optional.of(literals);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> literals(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
