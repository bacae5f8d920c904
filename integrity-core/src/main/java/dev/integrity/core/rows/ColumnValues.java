package dev.integrity.core.rows;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values tried for one column, as SQL expressions of a row key {@code k} (an integer from 1): first the value
 * at the edge of the type (a string as long as the column allows, a number near its largest), so that a later
 * narrowing change meets the widest data; then ordinary values; last, constants that satisfy most checks. The
 * values a listing check allows (an enum column's) come first. Empty when the type is unknown.
 */
final class ColumnValues {

  private static final Pattern BUILT_IN = Pattern.compile(
      "([a-z][a-z ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with(?:out)? time zone)?");
  private static final int TEXT_LENGTH = 300;

  private ColumnValues() {}

  /** True for a column PostgreSQL fills itself: identity, serial, or a default drawn from a sequence. */
  static boolean drawnFromSequence(Column column) {
    return column.generated() || column.defaultValue() != null && column.defaultValue().startsWith("nextval(");
  }

  /** The values of {@code column}, made as values of {@code valueType} (its type, or a domain's base type) and cast to its type. */
  static List<String> of(Schema schema, Table table, Column column, String valueType, String k) {
    return of(schema, table, column, valueType, k, null);
  }

  /**
   * As {@link #of(Schema, Table, Column, String, String)}; {@code salt}, when not null, makes the uuids of this column its
   * own: a uuid that names its row (a unique key outside the primary key) is unique across tables in real data, so rows
   * copied from one table into another's unique uuid column do not collide with the rows already there.
   */
  static List<String> of(Schema schema, Table table, Column column, String valueType, String k, String salt) {
    String type = valueType;
    int dimensions = 0;
    while (type.endsWith("[]")) {
      type = type.substring(0, type.length() - 2);
      dimensions++;
    }
    List<String> values = new ArrayList<>();
    Optional<List<String>> listed = dimensions == 0 ? CheckLiterals.of(table, column.name()) : Optional.empty();
    listed.ifPresent(literals -> values.add("(ARRAY[" + String.join(", ", literals) + "])[(" + k + " - 1) % " + literals.size() + " + 1]"));
    values.addAll(ofType(schema, type, k, salt));
    List<String> cast = new ArrayList<>();
    for (String value : values) {
      String typed = "(" + value + ")::" + type;
      cast.add(dimensions == 0 && valueType.equals(column.type()) ? typed : wrap(typed, dimensions) + "::" + column.type());
    }
    if (dimensions > 0 && !cast.isEmpty()) {
      cast.add("'{}'::" + column.type());
    }
    return List.copyOf(cast);
  }

  private static String wrap(String element, int dimensions) {
    String value = element;
    for (int i = 0; i < dimensions; i++) {
      value = "ARRAY[" + value + "]";
    }
    return value;
  }

  private static List<String> ofType(Schema schema, String type, String k, String salt) {
    Optional<EnumType> enumType = enumType(schema, type);
    if (enumType.isPresent()) {
      return enumType.get().labels().isEmpty() ? List.of()
          : List.of("(enum_range(NULL::" + type + "))[(" + k + " - 1) % " + enumType.get().labels().size() + " + 1]");
    }
    Matcher m = BUILT_IN.matcher(type);
    if (!m.matches()) {
      return List.of();
    }
    String name = m.group(1);
    Integer length = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    boolean zone = " with time zone".equals(m.group(4));
    return switch (name) {
      case "smallint" -> List.of("32767 - (" + k + " - 1) % 65536", k + " % 32768", "(" + k + " - 1) % 2", "1", "0");
      case "integer" -> List.of("2147483647 - (" + k + " - 1)", k, "(" + k + " - 1) % 2", "1", "0");
      case "bigint" -> List.of("9223372036854775807 - (" + k + " - 1)", k, "(" + k + " - 1) % 2", "1", "0");
      case "numeric" -> numeric(length, scale, k);
      case "real", "double precision" -> List.of(k + " * 1000.5", k + " + 0.5", "1", "0");
      case "money" -> List.of(k + " * 1000.5", k, "1", "0");
      case "boolean" -> List.of(k + " % 2 = 0", "true", "false");
      case "text", "character varying", "character", "bpchar", "citext" -> text(length == null ? ("character".equals(name) ? 1 : TEXT_LENGTH) : length, k);
      case "uuid" -> List.of(salt == null ? "md5(" + k + "::text)" : "md5('" + salt.replace("'", "''") + ":' || " + k + ")");
      case "date" -> dated("date '%s-01-01' + " + k);
      case "timestamp" -> dated(zone ? "timestamptz '%s-01-01 00:00:00+00' + " + k + " * interval '1 hour'"
          : "timestamp '%s-01-01 00:00:00' + " + k + " * interval '1 hour'");
      case "time" -> List.of("time '00:00:00' + " + k + " * interval '1 second'" + (zone ? " || '+00'" : ""));
      case "interval" -> List.of(k + " * interval '1 minute'");
      case "json" -> List.of("json_build_object('n', " + k + ")", "'{}'");
      case "jsonb" -> List.of("jsonb_build_object('n', " + k + ")", "'{}'");
      case "bytea" -> List.of("decode(md5(" + k + "::text), 'hex')", "'\\x00'");
      case "inet", "cidr" -> List.of("'10.' || " + k + " / 65536 % 256 || '.' || " + k + " / 256 % 256 || '.' || " + k + " % 256");
      case "macaddr" -> List.of("lpad(to_hex(" + k + "), 12, '0')");
      case "xml" -> List.of("xmlparse(content '<v>' || " + k + " || '</v>')");
      case "tsvector" -> List.of("to_tsvector('simple', 'w' || " + k + ")");
      case "bit", "bit varying" -> List.of("(" + k + ")::bit(" + (length == null ? 1 : length) + ")");
      default -> List.of();
    };
  }

  /** Moments in three eras, so that a check between two of them ({@code starts < ends}) finds an order it accepts. */
  private static List<String> dated(String moment) {
    return List.of(moment.formatted("2020"), moment.formatted("1990"), moment.formatted("2050"));
  }

  /** The largest value numeric(p,s) holds, counting down; then ordinary values. */
  private static List<String> numeric(Integer precision, int scale, String k) {
    if (precision == null) {
      return List.of("123456789012345 + " + k + " + 0.123456", k, "1", "0");
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal largest = BigDecimal.ONE.movePointRight(precision - scale).subtract(unit);
    BigDecimal values = BigDecimal.ONE.movePointRight(precision);
    List<String> candidates = new ArrayList<>();
    candidates.add(largest.toPlainString() + " - ((" + k + " - 1) % " + values.toPlainString() + ") * " + unit.toPlainString());
    if (precision - scale > 0) {
      candidates.add("(" + k + " - 1) % " + BigDecimal.ONE.movePointRight(precision - scale).toPlainString() + " + 0");
      candidates.add("1");
    }
    candidates.add("0");
    return candidates;
  }

  /** Strings as long as the column allows (the key first, so that they stay distinct), then short ones. */
  private static List<String> text(int length, String k) {
    return List.of("rpad(" + k + "::text || '-', " + length + ", 'x')", "'v' || " + k, "'u' || " + k + " || '@example.com'", "'A'");
  }

  private static Optional<EnumType> enumType(Schema schema, String type) {
    String bare = type.replace("\"", "");
    return schema.enumTypes().stream().filter(e -> bare.equals(e.qualifiedName()) || bare.equals(e.name())).findFirst();
  }
}
