package dev.integrity.core.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;

/**
 * {@code destructive-change}: a changeSet that drops a table or a column, or narrows a column's type, so
 * that applying it destroys or refuses data. Reads the changelog as Liquibase parses it: {@code dropTable},
 * {@code dropColumn}, {@code modifyDataType} to a type narrower than the column had (known by following
 * the column's type through the earlier changeSets; a change between unrelated types is not guessed at),
 * and {@code DROP TABLE} / {@code ALTER TABLE ... DROP [COLUMN]} in SQL changes.
 */
final class DestructiveChange implements Lint {

  private static final Pattern DROP_TABLE = Pattern.compile("\\bDROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?([\\w.\"]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP_COLUMN = Pattern.compile(
      "\\bALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(ONLY\\s+)?([\\w.\"]+)\\s+DROP\\s+(COLUMN\\s+)?(IF\\s+EXISTS\\s+)?(?!CONSTRAINT\\b)([\\w\"]+)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public List<Finding> check(LintInput input) {
    Map<String, String> types = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (ChangeSet changeSet : input.changeSets()) {
      // locating reads the changeSet's file: only for the changeSets with a finding
      Supplier<String> location = once(() -> input.locator().locate(changeSet));
      for (Change change : changeSet.getChanges()) {
        if (change instanceof CreateTableChange c) {
          c.getColumns().forEach(column -> types.put(key(c.getSchemaName(), c.getTableName(), column.getName()), column.getType()));
        } else if (change instanceof AddColumnChange c) {
          for (AddColumnConfig column : c.getColumns()) {
            types.put(key(c.getSchemaName(), c.getTableName(), column.getName()), column.getType());
          }
        } else if (change instanceof DropTableChange c) {
          findings.add(dropTable(changeSet, location.get(), c.getSchemaName(), c.getTableName()));
        } else if (change instanceof DropColumnChange c) {
          List<String> columns = c.getColumnName() != null ? List.of(c.getColumnName())
              : c.getColumns().stream().map(ColumnConfig::getName).toList();
          columns.forEach(column -> findings.add(dropColumn(changeSet, location.get(), c.getSchemaName(), c.getTableName(), column)));
        } else if (change instanceof ModifyDataTypeChange c) {
          String key = key(c.getSchemaName(), c.getTableName(), c.getColumnName());
          String from = types.put(key, c.getNewDataType());
          if (from != null && TypeWidth.narrows(from, c.getNewDataType())) {
            findings.add(narrow(changeSet, location.get(), c, from));
          }
        } else if (change instanceof RawSQLChange c && c.getSql() != null) {
          sql(changeSet, location, c.getSql(), findings);
        }
      }
    }
    return findings;
  }

  private static void sql(ChangeSet changeSet, Supplier<String> location, String sql, List<Finding> findings) {
    Matcher table = DROP_TABLE.matcher(sql);
    while (table.find()) {
      String[] name = qualified(table.group(2));
      findings.add(dropTable(changeSet, location.get(), name[0], name[1]));
    }
    Matcher column = DROP_COLUMN.matcher(sql);
    while (column.find()) {
      String[] name = qualified(column.group(3));
      findings.add(dropColumn(changeSet, location.get(), name[0], name[1], unquote(column.group(6))));
    }
  }

  private static Supplier<String> once(Supplier<String> supplier) {
    String[] value = new String[1];
    return () -> value[0] != null ? value[0] : (value[0] = supplier.get());
  }

  private static Finding dropTable(ChangeSet changeSet, String location, String schema, String table) {
    return new Finding(LintRule.DESTRUCTIVE_CHANGE, LintRule.DESTRUCTIVE_CHANGE.severity(), schema(schema), table, List.of(), location,
        "changeSet " + name(changeSet) + " drops table " + table + ": its rows are lost when it runs",
        "copy the rows first (CREATE TABLE integrity_backup_" + table + " AS TABLE " + table
            + ") or drop it in a later release once nothing reads it; label the changeSet 'destructive' so that it is reviewed");
  }

  private static Finding dropColumn(ChangeSet changeSet, String location, String schema, String table, String column) {
    return new Finding(LintRule.DESTRUCTIVE_CHANGE, LintRule.DESTRUCTIVE_CHANGE.severity(), schema(schema), table, List.of(column), location,
        "changeSet " + name(changeSet) + " drops column " + table + "." + column + ": its values are lost when it runs",
        "copy the values first (with the primary key) into a backup table, or stop writing the column in one release and drop it in the next;"
            + " label the changeSet 'destructive' so that it is reviewed");
  }

  private static Finding narrow(ChangeSet changeSet, String location, ModifyDataTypeChange c, String from) {
    return new Finding(LintRule.DESTRUCTIVE_CHANGE, LintRule.DESTRUCTIVE_CHANGE.severity(), schema(c.getSchemaName()), c.getTableName(),
        List.of(c.getColumnName()), location,
        "changeSet " + name(changeSet) + " narrows " + c.getTableName() + "." + c.getColumnName() + " from " + from + " to "
            + c.getNewDataType() + ": existing values that do not fit make it fail or are cut",
        "check the longest value first (SELECT max(length(...)) or min/max) and keep the wider type unless the data fits");
  }

  private static String name(ChangeSet changeSet) {
    return changeSet.getId() + " (" + changeSet.getAuthor() + ")";
  }

  private static String schema(String schema) {
    return schema == null ? "public" : schema;
  }

  private static String key(String schema, String table, String column) {
    return (schema(schema) + "." + table + "." + column).toLowerCase(Locale.ROOT);
  }

  private static String[] qualified(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? new String[] {"public", unquote(name)} : new String[] {unquote(name.substring(0, dot)), unquote(name.substring(dot + 1))};
  }

  private static String unquote(String name) {
    return name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name.toLowerCase(Locale.ROOT);
  }
}
