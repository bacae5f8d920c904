package dev.integrity.core.lint;

import dev.integrity.core.diff.Capacity;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether changing a column from one declared type to another can lose or refuse values, for the types
 * whose capacity is known: integers, numerics, character types. Any other pair is not judged (false, so
 * that no finding is raised on a guess).
 */
final class TypeWidth {

  private static final Map<String, Integer> INTEGER_DIGITS = Map.of(
      "smallint", 5, "int2", 5, "integer", 10, "int", 10, "int4", 10, "bigint", 19, "int8", 19);
  private static final Pattern NUMERIC = Pattern.compile("(numeric|decimal)\\s*\\(\\s*(\\d+)\\s*(,\\s*(\\d+)\\s*)?\\)");
  private static final Pattern CHARACTER = Pattern.compile("(varchar|character varying|char|character|bpchar)\\s*(\\(\\s*(\\d+)\\s*\\))?");
  private static final Pattern TEXT = Pattern.compile("text|varchar|character varying");

  private TypeWidth() {}

  static boolean narrows(String from, String to) {
    String a = normal(from);
    String b = normal(to);
    if (a.equals(b)) {
      return false;
    }
    Integer fromDigits = integerDigits(a);
    Integer toDigits = integerDigits(b);
    if (fromDigits != null && toDigits != null) {
      return toDigits < fromDigits;
    }
    Matcher fromNumeric = NUMERIC.matcher(a);
    Matcher toNumeric = NUMERIC.matcher(b);
    if (fromNumeric.matches() && toNumeric.matches()) {
      return Capacity.ofNumeric(precision(fromNumeric), scale(fromNumeric), precision(toNumeric), scale(toNumeric)).refusesValues();
    }
    if (fromDigits != null && toNumeric.matches()) {
      return precision(toNumeric) - scale(toNumeric) < fromDigits;
    }
    if (fromNumeric.matches() && toDigits != null) {
      return true;
    }
    Integer fromLength = length(a);
    Integer toLength = length(b);
    if (fromLength != null && toLength != null) {
      return toLength < fromLength;
    }
    return false;
  }

  private static String normal(String type) {
    return type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static Integer integerDigits(String type) {
    return INTEGER_DIGITS.get(type);
  }

  private static int precision(Matcher numeric) {
    return Integer.parseInt(numeric.group(2));
  }

  private static int scale(Matcher numeric) {
    return numeric.group(4) == null ? 0 : Integer.parseInt(numeric.group(4));
  }

  /** The most characters a character type holds; {@link Integer#MAX_VALUE} for text and unbounded varchar. */
  private static Integer length(String type) {
    if (TEXT.matcher(type).matches()) {
      return Integer.MAX_VALUE;
    }
    Matcher m = CHARACTER.matcher(type);
    if (!m.matches()) {
      return null;
    }
    return m.group(3) == null ? (type.startsWith("char") ? 1 : Integer.MAX_VALUE) : Integer.parseInt(m.group(3));
  }
}
