package dev.integrity.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Schema} as the canonical tree of the snapshot file (docs/snapshot.md) and back. Everything is
 * sorted; the names PostgreSQL, Liquibase or Hibernate generate for constraints and indexes are left out
 * (the comparison matches them by structure), as are the sequences a serial or identity column owns.
 * Read back, those names are null.
 */
final class SnapshotFormat {

  private SnapshotFormat() {}

  static Map<String, Object> tree(Schema schema) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tables", schema.tables().stream().map(SnapshotFormat::table).toList());
    root.put("sequences", schema.sequences().stream().filter(s -> s.ownedBy() == null).map(SnapshotFormat::sequence).toList());
    root.put("enumTypes", schema.enumTypes().stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("schema", e.schema());
      m.put("name", e.name());
      m.put("labels", e.labels());
      return m;
    }).toList());
    return root;
  }

  private static Map<String, Object> table(Table table) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", table.schema());
    m.put("name", table.name());
    m.put("columns", table.columns().stream().sorted(Comparator.comparing(Column::name)).map(c -> {
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("name", c.name());
      column.put("type", c.type());
      column.put("nullable", c.nullable());
      column.put("default", c.defaultValue());
      column.put("identity", c.identity().name().toLowerCase(Locale.ROOT));
      column.put("ownedSequence", c.ownedSequence());
      return column;
    }).toList());
    m.put("primaryKey", table.primaryKey() == null ? null : table.primaryKey().columns());
    m.put("foreignKeys", table.foreignKeys().stream().map(fk -> {
      Map<String, Object> key = new LinkedHashMap<>();
      key.put("columns", fk.columns());
      key.put("referencedSchema", fk.referencedSchema());
      key.put("referencedTable", fk.referencedTable());
      key.put("referencedColumns", fk.referencedColumns());
      key.put("onUpdate", fk.onUpdate());
      key.put("onDelete", fk.onDelete());
      return key;
    }).toList());
    m.put("indexes", table.indexes().stream().map(i -> {
      Map<String, Object> index = new LinkedHashMap<>();
      index.put("keys", i.keys());
      index.put("unique", i.unique());
      index.put("constraint", i.constraint());
      index.put("method", i.method());
      index.put("where", i.predicate());
      return index;
    }).toList());
    m.put("checks", table.checks().stream().map(Check::expression).toList());
    return m;
  }

  private static Map<String, Object> sequence(Sequence s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", s.schema());
    m.put("name", s.name());
    m.put("dataType", s.dataType());
    m.put("start", s.start());
    m.put("increment", s.increment());
    return m;
  }

  static Schema schema(JsonNode root) {
    List<Table> tables = new ArrayList<>();
    for (JsonNode t : root.path("tables")) {
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : t.path("columns")) {
        columns.add(new Column(c.path("name").asText(), c.path("type").asText(), c.path("nullable").asBoolean(),
            text(c, "default"), Column.Identity.valueOf(c.path("identity").asText("none").toUpperCase(Locale.ROOT)),
            text(c, "ownedSequence")));
      }
      PrimaryKey primaryKey = t.path("primaryKey").isArray() ? new PrimaryKey(null, strings(t.path("primaryKey"))) : null;
      List<ForeignKey> foreignKeys = new ArrayList<>();
      for (JsonNode k : t.path("foreignKeys")) {
        foreignKeys.add(new ForeignKey(null, strings(k.path("columns")), text(k, "referencedSchema"), text(k, "referencedTable"),
            strings(k.path("referencedColumns")), text(k, "onUpdate"), text(k, "onDelete")));
      }
      List<Index> indexes = new ArrayList<>();
      for (JsonNode i : t.path("indexes")) {
        indexes.add(new Index(null, strings(i.path("keys")), i.path("unique").asBoolean(), i.path("constraint").asBoolean(),
            text(i, "method"), text(i, "where")));
      }
      List<Check> checks = strings(t.path("checks")).stream().map(expression -> new Check(null, expression)).toList();
      tables.add(new Table(text(t, "schema"), text(t, "name"), columns, primaryKey, foreignKeys, indexes, checks));
    }
    List<Sequence> sequences = new ArrayList<>();
    for (JsonNode s : root.path("sequences")) {
      sequences.add(new Sequence(text(s, "schema"), text(s, "name"), text(s, "dataType"), s.path("start").asLong(),
          s.path("increment").asLong(), null, false));
    }
    List<EnumType> enums = new ArrayList<>();
    for (JsonNode e : root.path("enumTypes")) {
      enums.add(new EnumType(text(e, "schema"), text(e, "name"), strings(e.path("labels"))));
    }
    return Schema.of(tables, sequences, enums);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
