package dev.integrity.core.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares column types as PostgreSQL prints them ({@code format_type}). Types are equal when their
 * normalised text is; otherwise this tells whether the database's type is narrower than the model's, for the
 * severity (a database narrower than the model refuses data) and for the fix (narrowing can lose data).
 */
final class ColumnTypes {

  private static final Pattern DEFAULT_PRECISION = Pattern.compile("^(timestamp|time)\\(6\\)( with(out)? time zone)$");
  private static final Pattern SIZED = Pattern.compile("^(.*?)\\((\\d+)(?:,(\\d+))?\\)(.*)$");
  private static final List<List<String>> LADDERS = List.of(
      List.of("smallint", "integer", "bigint"),
      List.of("real", "double precision"),
      List.of("character varying", "text"),
      List.of("character", "character varying", "text"));

  private ColumnTypes() {}

  /** {@code timestamp(6)} and {@code time(6)} as no precision, under {@link CompareRule#TIMESTAMP_PRECISION}. */
  static String normalise(String type, ComparePolicy policy) {
    Matcher m = DEFAULT_PRECISION.matcher(type);
    return m.matches() && policy.allows(CompareRule.TIMESTAMP_PRECISION) ? m.group(1) + m.group(2) : type;
  }

  /** The database's type against the model's. */
  static Capacity compare(String model, String database, ComparePolicy policy) {
    String a = normalise(model, policy);
    String b = normalise(database, policy);
    if (a.equals(b)) {
      return Capacity.EQUAL;
    }
    Matcher ma = SIZED.matcher(a);
    Matcher mb = SIZED.matcher(b);
    String baseA = ma.matches() ? ma.group(1) + ma.group(4) : a;
    String baseB = mb.matches() ? mb.group(1) + mb.group(4) : b;
    if (baseA.equals(baseB)) {
      if (!ma.matches()) {
        return Capacity.NARROWER; // model unbounded (e.g. varchar, numeric), database bounded
      }
      if (!mb.matches()) {
        return Capacity.WIDER;
      }
      return Capacity.ofNumeric(Long.parseLong(ma.group(2)), parse(ma.group(3)), Long.parseLong(mb.group(2)), parse(mb.group(3)));
    }
    for (List<String> ladder : LADDERS) {
      int ia = ladder.indexOf(baseA);
      int ib = ladder.indexOf(baseB);
      if (ia >= 0 && ib >= 0) {
        return ib < ia ? Capacity.NARROWER : Capacity.WIDER;
      }
    }
    return Capacity.INCOMPATIBLE;
  }

  /**
   * The type as a reader receives it: without length, precision or scale (they bound what is written), and the
   * character types as one ({@code character varying(80)}, {@code text} and {@code character(3)} read as text).
   */
  static String read(String type) {
    Matcher m = SIZED.matcher(type);
    String base = m.matches() ? m.group(1) + m.group(4) : type;
    return LADDERS.get(3).contains(base) ? "text" : base;
  }

  private static long parse(String number) {
    return number == null ? 0 : Long.parseLong(number);
  }
}
