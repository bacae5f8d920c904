package dev.integrity.core.changelog;

import static dev.integrity.core.changelog.ChangelogWriterTest.difference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.Change;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

/** What {@code lockSafeFix} writes for the steps that lock a table: on an existing table, on one the fix creates, and switched off. */
class LockSafeFixTest {

  private static final Column ID = new Column("id", "bigint", false, null, Column.Identity.NONE, null);
  private static final Column CUSTOMER_ID = new Column("customer_id", "bigint", true, null, Column.Identity.NONE, null);
  private static final Column EMAIL = new Column("email", "character varying(255)", false, null, Column.Identity.NONE, null);
  private static final Column CODE = new Column("code", "bigint", true, null, Column.Identity.NONE, null);
  private static final Index EMAIL_UNIQUE = new Index("ux_customer_email", List.of("email"), true, true, "btree", null);
  private static final Index CUSTOMER_INDEX = new Index("ix_purchase_customer_id", List.of("customer_id"), false, false, "btree", null);
  private static final ForeignKey TO_CUSTOMER = new ForeignKey("fk", List.of("customer_id"), "public", "customer", List.of("id"),
      "NO ACTION", "CASCADE");
  private static final Table CUSTOMER = new Table("public", "customer", List.of(ID, EMAIL), new PrimaryKey("customer_pkey", List.of("id")),
      List.of(), List.of(EMAIL_UNIQUE), List.of());
  private static final Table PURCHASE = new Table("public", "purchase", List.of(ID, CUSTOMER_ID, CODE),
      new PrimaryKey("purchase_pkey", List.of("id")), List.of(TO_CUSTOMER), List.of(CUSTOMER_INDEX), List.of(new Check("c", "(code > 0)")));

  /** The fix of an existing {@code purchase}: every step that locks it. */
  private static List<Difference> onExistingTables() {
    return List.of(
        difference(DifferenceKind.MISSING_FOREIGN_KEY, "purchase", null, new Change.AddForeignKey("public", "purchase", TO_CUSTOMER)),
        difference(DifferenceKind.MISSING_CHECK, "purchase", null, new Change.AddCheck("public", "purchase", PURCHASE.checks().get(0))),
        difference(DifferenceKind.NULLABILITY_MISMATCH, "customer", "email", new Change.SetNullability("public", "customer", EMAIL)),
        difference(DifferenceKind.MISSING_INDEX, "purchase", null, new Change.AddIndex(PURCHASE, CUSTOMER_INDEX)),
        difference(DifferenceKind.MISSING_UNIQUE, "customer", null, new Change.AddIndex(CUSTOMER, EMAIL_UNIQUE)),
        difference(DifferenceKind.TYPE_MISMATCH, "purchase", "code", new Change.AlterColumnType("public", "purchase",
            new Column("code", "integer", true, null, Column.Identity.NONE, null), CODE, false)));
  }

  @Test
  void anExistingTableGetsConstraintsNotValidThenValidatedNotNullThroughACheckAndIndexesConcurrently() {
    List<ChangeSet> changeSets = ChangelogWriter.changeSets(onExistingTables(), "integrity", "changelog.xml", BackupBeforeDrop.OFF, LockSafeFix.ON);
    assertEquals(List.of(
            "set-nullability-customer-email ALTER TABLE public.customer ADD CONSTRAINT customer_email_not_null CHECK (email IS NOT NULL) NOT VALID",
            "set-nullability-customer-email-validate [no transaction] ALTER TABLE public.customer VALIDATE CONSTRAINT customer_email_not_null",
            "set-nullability-customer-email-set-not-null ALTER TABLE public.customer ALTER COLUMN email SET NOT NULL;\n"
                + "ALTER TABLE public.customer DROP CONSTRAINT customer_email_not_null",
            "alter-column-type-purchase-code",
            "add-check-purchase ALTER TABLE public.purchase ADD CONSTRAINT ck_purchase_" + Integer.toHexString("(code > 0)".hashCode())
                + " CHECK ((code > 0)) NOT VALID",
            "add-check-purchase-validate [no transaction] ALTER TABLE public.purchase VALIDATE CONSTRAINT ck_purchase_"
                + Integer.toHexString("(code > 0)".hashCode()),
            "add-index-purchase-customer_id [no transaction] CREATE INDEX CONCURRENTLY ix_purchase_customer_id ON public.purchase (customer_id)",
            "add-index-customer-email [no transaction] CREATE UNIQUE INDEX CONCURRENTLY ux_customer_email ON public.customer (email)",
            "add-index-customer-email-constraint ALTER TABLE public.customer ADD CONSTRAINT ux_customer_email UNIQUE USING INDEX ux_customer_email",
            "add-foreign-key-purchase-customer_id ALTER TABLE public.purchase ADD CONSTRAINT fk_purchase_customer_id FOREIGN KEY (customer_id)"
                + " REFERENCES public.customer (id) ON DELETE CASCADE NOT VALID",
            "add-foreign-key-purchase-customer_id-validate [no transaction] ALTER TABLE public.purchase VALIDATE CONSTRAINT fk_purchase_customer_id"),
        changeSets.stream().map(c -> c.getId() + (c.isRunInTransaction() ? "" : " [no transaction]") + sql(c)).toList());
    assertTrue(changeSets.get(3).getComments().contains("This type change rewrites (or at least scans) purchase under an ACCESS EXCLUSIVE lock. For a large table,"
        + " add-backfill-swap instead: ALTER TABLE public.purchase ADD COLUMN code_new bigint;"), changeSets.get(3).getComments());
    assertTrue(changeSets.stream().allMatch(c -> !c.getRollback().getChanges().isEmpty()), "every changeSet has its rollback");
  }

  @Test
  void aTableTheFixCreatesKeepsThePlainForms() {
    List<Difference> differences = List.of(difference(DifferenceKind.MISSING_TABLE, "purchase", null, new Change.CreateTable(PURCHASE)),
        difference(DifferenceKind.MISSING_TABLE, "purchase", null, new Change.AddIndex(PURCHASE, CUSTOMER_INDEX)),
        difference(DifferenceKind.MISSING_TABLE, "purchase", null, new Change.AddForeignKey("public", "purchase", TO_CUSTOMER)));
    assertPlain(ChangelogWriter.changeSets(differences, "integrity", "changelog.xml", BackupBeforeDrop.OFF, LockSafeFix.ON));
  }

  @Test
  void switchedOffEveryStepKeepsItsPlainForm() {
    List<ChangeSet> changeSets = ChangelogWriter.changeSets(onExistingTables(), "integrity", "changelog.xml", BackupBeforeDrop.OFF, LockSafeFix.OFF);
    assertEquals(6, changeSets.size());
    assertPlain(changeSets);
    assertTrue(changeSets.stream().noneMatch(c -> c.getComments().contains("add-backfill-swap")));
  }

  @Test
  void aFlywayMigrationBuildsIndexesPlainlyWithTheConcurrentBuildInTheirComment() {
    List<ChangeSet> changeSets = ChangelogWriter.changeSets(onExistingTables(), "integrity", "flyway", BackupBeforeDrop.OFF,
        LockSafeFix.ON.forFlyway());
    String all = changeSets.stream().map(LockSafeFixTest::sql).collect(Collectors.joining("\n"));
    assertFalse(all.contains("CONCURRENTLY"), all);
    assertTrue(all.contains("NOT VALID") && all.contains("VALIDATE CONSTRAINT"), all);
    ChangeSet unique = changeSets.stream().filter(c -> c.getId().equals("add-index-customer-email")).findFirst().orElseThrow();
    assertTrue(unique.isRunInTransaction());
    assertTrue(unique.getComments().endsWith("For a large table, build it instead with CREATE UNIQUE INDEX CONCURRENTLY ux_customer_email"
        + " ON public.customer (email) and then ALTER TABLE public.customer ADD CONSTRAINT ux_customer_email UNIQUE USING INDEX ux_customer_email"
        + " in a migration of its own, which Flyway runs only with postgresql.transactional.lock=false"
        + " (spring.flyway.postgresql.transactional-lock=false)"), unique.getComments());
  }

  @Test
  void aFlywayFixRunsStatementByStatementOnlyWhenAStepMustRunOutsideATransaction() {
    assertEquals(Optional.of("executeInTransaction=false\n"),
        FlywayFixWriter.scriptConfig(ChangelogWriter.changeSets(onExistingTables(), "integrity", "flyway", BackupBeforeDrop.OFF, LockSafeFix.ON)));
    assertEquals(Optional.empty(),
        FlywayFixWriter.scriptConfig(ChangelogWriter.changeSets(onExistingTables(), "integrity", "flyway", BackupBeforeDrop.OFF, LockSafeFix.OFF)));
  }

  @Test
  void onlyRaisingOrRemovingALimitChangesATypeWithoutRewritingTheTable() {
    assertFalse(TableRewrite.rewrites("character varying(100)", "character varying(255)"));
    assertFalse(TableRewrite.rewrites("character varying(100)", "text"));
    assertFalse(TableRewrite.rewrites("numeric(10,2)", "numeric(12,2)"));
    assertFalse(TableRewrite.rewrites("timestamp(3) without time zone", "timestamp(6) without time zone"));
    assertTrue(TableRewrite.rewrites("integer", "bigint"));
    assertTrue(TableRewrite.rewrites("character varying(255)", "character varying(100)"));
    assertTrue(TableRewrite.rewrites("text", "character varying(100)"));
    assertTrue(TableRewrite.rewrites("numeric(10,2)", "numeric(12,3)"));
    assertTrue(TableRewrite.rewrites("character varying(20)", "integer"));
  }

  private static void assertPlain(List<ChangeSet> changeSets) {
    String all = changeSets.stream().map(LockSafeFixTest::sql).collect(Collectors.joining("\n"));
    assertFalse(all.contains("NOT VALID") || all.contains("VALIDATE") || all.contains("CONCURRENTLY"), all);
    assertTrue(changeSets.stream().allMatch(ChangeSet::isRunInTransaction));
    assertTrue(changeSets.stream().noneMatch(c -> c.getId().endsWith("-validate")));
  }

  private static String sql(ChangeSet changeSet) {
    return changeSet.getChanges().stream().filter(RawSQLChange.class::isInstance).map(c -> " " + ((RawSQLChange) c).getSql())
        .collect(Collectors.joining());
  }
}
