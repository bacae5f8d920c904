package dev.integrity.core.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.Change;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The writer on hand-built differences: order, ids, labels, comments, and what Liquibase reads back. */
class ChangelogWriterTest {

  private static final Column ID = new Column("id", "bigint", false, null, Column.Identity.NONE, null);
  private static final Column CUSTOMER_ID = new Column("customer_id", "bigint", true, null, Column.Identity.NONE, null);
  private static final Column NOTE = new Column("note", "character varying(255)", true, null, Column.Identity.NONE, null);
  private static final Table CUSTOMER = new Table("public", "customer", List.of(ID), new PrimaryKey("customer_pkey", List.of("id")),
      List.of(), List.of(), List.of());
  private static final Table ORDERS = new Table("public", "orders", List.of(ID, CUSTOMER_ID, NOTE), new PrimaryKey("orders_pkey", List.of("id")),
      List.of(), List.of(new Index("ix_orders_lower_note", List.of("lower((note)::text)"), false, false, "btree", "(note IS NOT NULL)")),
      List.of(new Check("orders_note_check", "(length((note)::text) > 2)")));
  private static final ForeignKey ORDERS_CUSTOMER = new ForeignKey("fk_orders_customer", List.of("customer_id"), "public", "customer",
      List.of("id"), "NO ACTION", "CASCADE");
  private static final EnumType MOOD = new EnumType("public", "mood", List.of("happy", "sad"));

  /** Differences in report order, which is not the order their fix can apply in. */
  static List<Difference> differences() {
    return List.of(
        difference(DifferenceKind.EXTRA_COLUMN, "orders", "legacy",
            new Change.DropColumn("public", "orders", new Column("legacy", "integer", true, null, Column.Identity.NONE, null))),
        difference(DifferenceKind.EXTRA_FOREIGN_KEY, "orders", null, new Change.DropForeignKey("public", "orders",
            new ForeignKey("fk_orders_legacy", List.of("legacy"), "public", "legacy", List.of("id"), "NO ACTION", "NO ACTION"))),
        difference(DifferenceKind.MISSING_FOREIGN_KEY, "orders", null, new Change.AddForeignKey("public", "orders", ORDERS_CUSTOMER)),
        difference(DifferenceKind.MISSING_INDEX, "orders", null, new Change.AddIndex(ORDERS, ORDERS.indexes().get(0))),
        difference(DifferenceKind.MISSING_CHECK, "orders", null, new Change.AddCheck("public", "orders", ORDERS.checks().get(0))),
        difference(DifferenceKind.TYPE_MISMATCH, "orders", "note", new Change.AlterColumnType("public", "orders",
            new Column("note", "character varying(300)", true, null, Column.Identity.NONE, null), NOTE, true)),
        difference(DifferenceKind.MISSING_TABLE, "customer", null, new Change.CreateTable(CUSTOMER)),
        difference(DifferenceKind.ENUM_MISMATCH, "mood", null, new Change.CreateEnumType(MOOD)),
        difference(DifferenceKind.MISSING_SEQUENCE, "order_number", null,
            new Change.CreateSequence(new Sequence("public", "order_number", "bigint", 1, 50, null, false))),
        difference(DifferenceKind.EXTRA_TABLE, "legacy", null, new Change.DropTable(new Table("public", "legacy", List.of(ID),
            null, List.of(), List.of(), List.of()))));
  }

  static Difference difference(DifferenceKind kind, String table, String column, Change change) {
    return new Difference(kind, Severity.HIGH, "public", table, column, null, null, kind + " on " + table,
        "com.example.Entity", List.of(change));
  }

  @Test
  void ordersStepsByPhaseSoThatTheFixApplies() {
    List<String> ids = ChangelogWriter.changeSets(differences(), "integrity", "changelog.xml").stream().map(ChangeSet::getId).toList();
    assertEquals(List.of(
            "create-enum-type-mood",
            "create-sequence-order_number",
            "drop-foreign-key-orders-legacy",
            "create-table-customer",
            "alter-column-type-orders-note",
            "drop-column-orders-legacy",
            "add-index-orders-lower-note-text",
            "add-check-orders",
            "add-check-orders-validate",
            "add-foreign-key-orders-customer_id",
            "add-foreign-key-orders-customer_id-validate",
            "drop-table-legacy"),
        ids);
  }

  @Test
  void labelsDestructiveStepsAndCommentsEveryStep() {
    List<ChangeSet> changeSets = ChangelogWriter.changeSets(differences(), "me", "changelog.xml");
    List<String> destructive = changeSets.stream().filter(ChangelogWriter::destructive).map(ChangeSet::getId).toList();
    assertEquals(List.of("alter-column-type-orders-note", "drop-column-orders-legacy", "drop-table-legacy"), destructive);
    assertTrue(changeSets.stream().allMatch(c -> c.getAuthor().equals("me")));
    assertTrue(changeSets.get(4).getComments().startsWith("TYPE_MISMATCH: TYPE_MISMATCH on orders (entity com.example.Entity). "),
        changeSets.get(4).getComments());
  }

  @ParameterizedTest
  @EnumSource(ChangeLogFormat.class)
  void liquibaseReadsBackEveryChangeSetWithItsLabelCommentAndRollback(ChangeLogFormat format, @TempDir Path directory) throws Exception {
    ChangelogWriter.Written written = ChangelogWriter.write(differences(), directory, format, "integrity");
    assertEquals(12, written.changeSets());
    assertEquals(3, written.destructive());
    DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(directory);
    String name = format.fileName();
    DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(name, accessor).parse(name, new ChangeLogParameters(), accessor);
    List<ChangeSet> expected = ChangelogWriter.changeSets(differences(), "integrity", name);
    assertEquals(expected.stream().map(ChangeSet::getId).toList(), parsed.getChangeSets().stream().map(ChangeSet::getId).toList());
    for (int i = 0; i < expected.size(); i++) {
      ChangeSet want = expected.get(i);
      ChangeSet got = parsed.getChangeSets().get(i);
      assertEquals(ChangelogWriter.destructive(want), ChangelogWriter.destructive(got), want.getId());
      assertEquals(want.getComments(), got.getComments(), want.getId());
      assertEquals(want.isRunInTransaction(), got.isRunInTransaction(), want.getId());
      assertEquals(want.getRollback().getChanges().isEmpty(), got.getRollback().getChanges().isEmpty(), want.getId());
    }
  }

  @ParameterizedTest
  @EnumSource(ChangeLogFormat.class)
  void theSameDifferencesGiveTheSameBytes(ChangeLogFormat format, @TempDir Path one, @TempDir Path two) throws Exception {
    ChangelogWriter.write(differences(), one, format, "integrity");
    ChangelogWriter.write(differences(), two, format, "integrity");
    System.out.println(Files.readString(one.resolve(format.fileName())));
    assertArrayEquals(Files.readAllBytes(one.resolve(format.fileName())), Files.readAllBytes(two.resolve(format.fileName())));
  }
}
