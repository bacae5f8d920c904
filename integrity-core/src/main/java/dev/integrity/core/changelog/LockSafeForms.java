package dev.integrity.core.changelog;

import dev.integrity.core.changelog.LiquibaseChanges.Translation;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL's lock-safe forms ({@link LockSafeFix}) of the steps that would otherwise hold a lock that stops
 * writes (or reads) while they scan or build: a constraint added {@code NOT VALID} (a short lock, no scan) and
 * validated in a later changeSet (a scan that lets writes through), NOT NULL set once a validated check proves it
 * (PostgreSQL 12 and later then skip the scan), an index built {@code CONCURRENTLY} outside a transaction.
 *
 * @param createdTables the tables, {@link Names#qualified qualified}, that the fix creates: empty, they keep the plain forms
 */
record LockSafeForms(LockSafeFix fix, Set<String> createdTables) {

  /** Whether a step on this table takes its lock-safe form. */
  boolean appliesTo(String schema, String table) {
    return fix != LockSafeFix.OFF && !createdTables.contains(Names.qualified(schema, table));
  }

  /** Whether an index on this table is built concurrently. */
  boolean concurrently(String schema, String table) {
    return fix == LockSafeFix.ON && appliesTo(schema, table);
  }

  static Translation foreignKey(String schema, String table, ForeignKey key, String name) {
    return validatedLater(schema, table, Identifiers.quote(name), "FOREIGN KEY (" + quoted(key.columns()) + ") REFERENCES "
        + Names.qualified(key.referencedSchema(), key.referencedTable()) + " (" + quoted(key.referencedColumns()) + ")"
        + action("UPDATE", key.onUpdate()) + action("DELETE", key.onDelete()));
  }

  static Translation check(String schema, String table, Check check, String name) {
    return validatedLater(schema, table, Identifiers.quote(name), "CHECK (" + check.expression() + ")");
  }

  /** The check {@code <table>_<column>_not_null} added and validated, then SET NOT NULL and the check dropped. */
  static Translation notNull(String schema, String table, String column) {
    String name = Identifiers.quote(Names.constraint(table, column, List.of("not_null")));
    String alter = "ALTER TABLE " + Names.qualified(schema, table);
    String check = "CHECK (" + Identifiers.quote(column) + " IS NOT NULL)";
    String alterColumn = alter + " ALTER COLUMN " + Identifiers.quote(column);
    return validatedLater(schema, table, name, check).then("set-not-null", Translation.sql(
        alterColumn + " SET NOT NULL;\n" + dropConstraint(schema, table, name),
        alter + " ADD CONSTRAINT " + name + " " + check + " NOT VALID;\n" + alterColumn + " DROP NOT NULL"));
  }

  /** Built concurrently; a unique constraint then takes the built index over in a short transaction of its own. */
  static Translation index(Table table, Index index, String name) {
    Translation build = Translation.sql(createIndex(table, index, name, true), "DROP INDEX " + Names.qualified(table.schema(), name))
        .outsideTransaction();
    if (!index.constraint()) {
      return build;
    }
    String alter = "ALTER TABLE " + Names.qualified(table.schema(), table.name());
    return build.then("constraint", Translation.sql(
        alter + " ADD CONSTRAINT " + Identifiers.quote(name) + " UNIQUE USING INDEX " + Identifiers.quote(name),
        dropConstraint(table.schema(), table.name(), Identifiers.quote(name)) + ";\n" + createIndex(table, index, name, false)));
  }

  /** The comment of an index a Flyway migration builds plainly: how to build it concurrently instead. */
  static String concurrentAlternative(Table table, Index index, String name) {
    return "This builds the index under a lock that stops writes to " + table.name() + ". For a large table, build it instead with "
        + createIndex(table, index, name, true)
        + (index.constraint() ? " and then ALTER TABLE " + Names.qualified(table.schema(), table.name()) + " ADD CONSTRAINT " + Identifiers.quote(name)
            + " UNIQUE USING INDEX " + Identifiers.quote(name) : "")
        + " in a migration of its own, which Flyway runs only with"
        + " postgresql.transactional.lock=false (spring.flyway.postgresql.transactional-lock=false)";
  }

  /** The comment of a type change that rewrites the table: the add–backfill–swap sequence that keeps it writable. */
  static String swapAlternative(String schema, String table, Column from, Column to) {
    String qualified = Names.qualified(schema, table);
    String column = Identifiers.quote(from.name());
    String swap = Identifiers.quote(from.name() + "_new");
    return "This type change rewrites (or at least scans) " + table + " under an ACCESS EXCLUSIVE lock. For a large table, add-backfill-swap instead: ALTER TABLE "
        + qualified + " ADD COLUMN " + swap + " " + to.type() + "; UPDATE " + qualified + " SET " + swap + " = " + column + "::" + to.type()
        + " in batches, keeping it in step (a trigger) until the swap; then, in one transaction, ALTER TABLE " + qualified + " DROP COLUMN "
        + column + "; ALTER TABLE " + qualified + " RENAME COLUMN " + swap + " TO " + column
        + "; and re-create the column's default, NOT NULL, indexes and constraints";
  }

  static String createIndex(Table table, Index index, String name, boolean concurrently) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") + Identifiers.quote(name)
        + " ON " + Names.qualified(table.schema(), table.name())
        + ("btree".equals(index.method()) ? "" : " USING " + index.method())
        + " (" + String.join(", ", index.keys()) + ")"
        + (index.predicate() == null ? "" : " WHERE " + index.predicate());
  }

  static String dropConstraint(String schema, String table, String quotedName) {
    return "ALTER TABLE " + Names.qualified(schema, table) + " DROP CONSTRAINT " + quotedName;
  }

  /** Added NOT VALID, then validated in a changeSet of its own, outside a transaction (one idempotent statement). */
  private static Translation validatedLater(String schema, String table, String quotedName, String constraint) {
    String alter = "ALTER TABLE " + Names.qualified(schema, table);
    return Translation.sql(alter + " ADD CONSTRAINT " + quotedName + " " + constraint + " NOT VALID", dropConstraint(schema, table, quotedName))
        .then("validate", Translation.sql(alter + " VALIDATE CONSTRAINT " + quotedName, "SELECT 1").outsideTransaction());
  }

  private static String quoted(List<String> columns) {
    return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
  }

  private static String action(String event, String rule) {
    return rule == null || rule.equals("NO ACTION") ? "" : " ON " + event + " " + rule;
  }
}
