package dev.integrity.bridge.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a bridge answers with: one per table ({@code column} absent) and per column: {@code schema}
 * (absent for the default schema), {@code table}, {@code quoted} ("true" when the name is quoted and so
 * case-sensitive), {@code entity}, and for columns {@code column}, {@code columnQuoted}, {@code attribute}
 * (dotted path through embeddables) and {@code declared} (see {@link DeclaredAttributes}). The first row
 * for a name wins.
 */
public final class OriginRows {

  private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

  public void table(String schema, String table, boolean quoted, String entity) {
    rows.putIfAbsent(schema + "." + table, base(schema, table, quoted, entity));
  }

  public void column(String schema, String table, boolean quoted, String entity, String column, boolean columnQuoted,
      String attribute, Set<String> declared) {
    Map<String, String> row = base(schema, table, quoted, entity);
    row.put("column", column);
    row.put("columnQuoted", Boolean.toString(columnQuoted));
    row.put("attribute", attribute);
    row.put("declared", String.join(",", declared));
    rows.putIfAbsent(schema + "." + table + "." + column, row);
  }

  public List<Map<String, String>> rows() {
    return new ArrayList<>(rows.values());
  }

  private static Map<String, String> base(String schema, String table, boolean quoted, String entity) {
    Map<String, String> row = new LinkedHashMap<>();
    if (schema != null) {
      row.put("schema", schema);
    }
    row.put("table", table);
    row.put("quoted", Boolean.toString(quoted));
    row.put("entity", entity);
    return row;
  }
}
