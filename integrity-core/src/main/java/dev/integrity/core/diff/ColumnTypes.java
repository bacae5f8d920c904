package dev.integrity.core.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares column types as PostgreSQL prints them ({@code format_type}). Types are equal when their
 * normalised text is; otherwise this tells which side is narrower, for the severity (a database narrower
 * than the model refuses data) and for the fix (narrowing the database can lose data).
 */
final class ColumnTypes {

  enum Width {
    EQUAL,
    DATABASE_NARROWER,
    DATABASE_WIDER,
    INCOMPATIBLE
  }

  private static final Pattern DEFAULT_PRECISION = Pattern.compile("^(timestamp|time)\\(6\\)( with(out)? time zone)$");
  private static final Pattern SIZED = Pattern.compile("^(.*?)\\((\\d+)(?:,(\\d+))?\\)(.*)$");
  private static final List<List<String>> LADDERS = List.of(
      List.of("smallint", "integer", "bigint"),
      List.of("real", "double precision"),
      List.of("character varying", "text"),
      List.of("character", "character varying", "text"));

  private ColumnTypes() {}

  /** {@code timestamp(6)} and {@code time(6)} are PostgreSQL's default precision: the same as none. */
  static String normalise(String type) {
    Matcher m = DEFAULT_PRECISION.matcher(type);
    return m.matches() ? m.group(1) + m.group(2) : type;
  }

  static Width compare(String model, String database) {
    String a = normalise(model);
    String b = normalise(database);
    if (a.equals(b)) {
      return Width.EQUAL;
    }
    Matcher ma = SIZED.matcher(a);
    Matcher mb = SIZED.matcher(b);
    String baseA = ma.matches() ? ma.group(1) + ma.group(4) : a;
    String baseB = mb.matches() ? mb.group(1) + mb.group(4) : b;
    if (baseA.equals(baseB)) {
      if (!ma.matches()) {
        return Width.DATABASE_NARROWER; // model unbounded (e.g. varchar, numeric), database bounded
      }
      if (!mb.matches()) {
        return Width.DATABASE_WIDER;
      }
      int sizeCompare = Long.compare(Long.parseLong(mb.group(2)), Long.parseLong(ma.group(2)));
      int scaleCompare = Long.compare(parse(mb.group(3)), parse(ma.group(3)));
      if (sizeCompare <= 0 && scaleCompare <= 0) {
        return Width.DATABASE_NARROWER;
      }
      if (sizeCompare >= 0 && scaleCompare >= 0) {
        return Width.DATABASE_WIDER;
      }
      return Width.INCOMPATIBLE;
    }
    for (List<String> ladder : LADDERS) {
      int ia = ladder.indexOf(baseA);
      int ib = ladder.indexOf(baseB);
      if (ia >= 0 && ib >= 0) {
        return ib < ia ? Width.DATABASE_NARROWER : Width.DATABASE_WIDER;
      }
    }
    return Width.INCOMPATIBLE;
  }

  private static long parse(String number) {
    return number == null ? 0 : Long.parseLong(number);
  }
}
