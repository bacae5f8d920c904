package dev.integrity.core.changelog;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether PostgreSQL changes a column's type in the catalog only, or rewrites (or at least scans) the table under
 * its ACCESS EXCLUSIVE lock: only raising or removing a limit is done in place (a longer {@code varchar}, {@code
 * varchar} to {@code text}, a numeric's precision at the same scale, a timestamp's or interval's precision). Types
 * as {@code format_type} prints them.
 */
final class TableRewrite {

  private static final Pattern SIZED = Pattern.compile("^(.*?)\\((\\d+)(?:,(\\d+))?\\)(.*)$");
  private static final Set<String> CHARACTER = Set.of("character varying", "text");
  private static final Set<String> LIMITED = Set.of("numeric", "timestamp without time zone", "timestamp with time zone", "interval");

  private TableRewrite() {}

  static boolean rewrites(String from, String to) {
    Type a = Type.of(from);
    Type b = Type.of(to);
    boolean sameFamily = a.base().equals(b.base()) || CHARACTER.contains(a.base()) && CHARACTER.contains(b.base());
    if (!sameFamily || !(CHARACTER.contains(a.base()) || LIMITED.contains(a.base()))) {
      return true;
    }
    if (b.limit() < 0) {
      return false; // the limit removed
    }
    return a.limit() < 0 || b.limit() < a.limit() || b.scale() != a.scale();
  }

  /** A type's base and its limit and scale; -1 when unlimited. */
  private record Type(String base, long limit, long scale) {
    static Type of(String type) {
      Matcher m = SIZED.matcher(type);
      if (!m.matches()) {
        return new Type(type, -1, -1);
      }
      return new Type(m.group(1) + m.group(4), Long.parseLong(m.group(2)), m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }
  }
}
