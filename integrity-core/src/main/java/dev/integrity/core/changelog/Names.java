package dev.integrity.core.changelog;

import dev.integrity.core.schema.Identifiers;
import java.util.List;
import java.util.Locale;

/** Readable, deterministic names for what the fix creates, and qualified names for SQL written by hand. */
public final class Names {

  private static final int MAX = 63;

  private Names() {}

  /** {@code fk_orders_customer_id}: prefix, table and columns, cut to PostgreSQL's 63 characters. */
  public static String constraint(String prefix, String table, List<String> columns) {
    StringBuilder name = new StringBuilder(prefix).append('_').append(table);
    for (String column : columns) {
      name.append('_').append(column);
    }
    String text = name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("_$", "");
    if (text.length() > MAX) {
      String hash = Integer.toHexString(text.hashCode());
      text = text.substring(0, MAX - hash.length() - 1) + "_" + hash;
    }
    return text;
  }

  public static String qualified(String schema, String name) {
    return Identifiers.quote(schema) + "." + Identifiers.quote(name);
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
