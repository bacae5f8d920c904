package dev.integrity.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the check constraints that restrict a column to a set of values, the way Hibernate writes
 * them for enum columns ({@code status in ('NEW','PAID')} for STRING, {@code status between 0 and 2} for
 * ORDINAL) and the way people write them in migrations ({@code in (...)}, {@code a = 'X' or a = 'Y'},
 * {@code between}), after PostgreSQL has normalised the text.
 */
public final class EnumChecks {

  /** A check that restricts {@code column} to {@code values}. */
  public record ValueSet(String column, Set<String> values) {}

  private static final Pattern ANY_ARRAY = Pattern.compile(
      "^\\(*\"?(\\w+)\"?(?:\\)?::[\\w ]+)?\\)? = ANY \\(\\(?ARRAY\\[(.*)\\]\\)?(?:::[\\w ]+\\[\\])?\\)\\)*$");
  private static final Pattern BETWEEN = Pattern.compile(
      "^\\(*\"?(\\w+)\"? >= (-?\\d+)\\) AND \\(\"?\\1\"? <= (-?\\d+)\\)*$");
  private static final Pattern EQUALS = Pattern.compile(
      "^\\(*\"?(\\w+)\"?(?:\\)?::[\\w ]+)?\\)? = ('(?:[^']|'')*'(?:::[\\w ]+)?|-?\\d+)\\)*$");
  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'(?:::[\\w ]+)?|(-?\\d+)");

  private EnumChecks() {}

  public static Optional<ValueSet> parse(String expression) {
    String text = expression.trim();
    Matcher any = ANY_ARRAY.matcher(text);
    if (any.matches()) {
      Set<String> values = new TreeSet<>();
      Matcher literal = LITERAL.matcher(any.group(2));
      while (literal.find()) {
        values.add(literal.group(1) != null ? literal.group(1).replace("''", "'") : literal.group(2));
      }
      return values.isEmpty() ? Optional.empty() : Optional.of(new ValueSet(any.group(1), values));
    }
    Optional<ValueSet> alternatives = alternatives(text);
    if (alternatives.isPresent()) {
      return alternatives;
    }
    Matcher between = BETWEEN.matcher(text);
    if (between.matches()) {
      long low = Long.parseLong(between.group(2));
      long high = Long.parseLong(between.group(3));
      if (high - low > 10_000) {
        return Optional.empty();
      }
      List<String> values = new ArrayList<>();
      for (long v = low; v <= high; v++) {
        values.add(Long.toString(v));
      }
      return Optional.of(new ValueSet(between.group(1), new TreeSet<>(values)));
    }
    return Optional.empty();
  }

  /** {@code (a = 'X') OR (a = 'Y')}: one column compared with literals. */
  private static Optional<ValueSet> alternatives(String text) {
    String column = null;
    Set<String> values = new TreeSet<>();
    for (String part : text.split(" OR ")) {
      Matcher equals = EQUALS.matcher(part.trim());
      if (!equals.matches() || column != null && !column.equals(equals.group(1))) {
        return Optional.empty();
      }
      column = equals.group(1);
      Matcher literal = LITERAL.matcher(equals.group(2));
      if (literal.find()) {
        values.add(literal.group(1) != null ? literal.group(1).replace("''", "'") : literal.group(2));
      }
    }
    return Optional.of(new ValueSet(column, values));
  }
}
