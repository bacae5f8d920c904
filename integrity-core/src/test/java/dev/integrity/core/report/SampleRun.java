package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drifted run for the renderers' tests, laid out like a project in {@code root}: an entity source file,
 * a master changelog, the fix changelog in {@code target/integrity}.
 */
final class SampleRun {

  static final String INVOICE_SOURCE = """
      package com.example.shop;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;

      /** An invoice: the class is on line 9, note on 14, amount on 17. */
      @Entity
      public class Invoice {
        @Id
        private Long id;

        @Column(length = 40, nullable = false)
        private String note;

        // amount; is not the field below
        private java.math.BigDecimal amount = null;
      }
      """;

  static final Difference MISSING_NOTE = new Difference(DifferenceKind.MISSING_COLUMN, Severity.CRITICAL, "public", "invoice", "note",
      "character varying(40) not null", null, "column invoice.note is in the model but not in the migrated database",
      "com.example.shop.Invoice", List.of());
  static final Difference AMOUNT_TYPE = new Difference(DifferenceKind.TYPE_MISMATCH, Severity.HIGH, "public", "invoice", "amount",
      "numeric(38,2)", "numeric(10,2)", "column invoice.amount is numeric(10,2) in the database, narrower than the model's numeric(38,2)",
      "com.example.shop.Invoice", List.of());
  static final Difference EXTRA_LEGACY = new Difference(DifferenceKind.EXTRA_TABLE, Severity.LOW, "public", "legacy_audit", null,
      null, "table legacy_audit", "table legacy_audit is in the migrated database but not in the model", null, List.of());
  static final Difference INVOICE_INDEX = new Difference(DifferenceKind.MISSING_INDEX, Severity.MEDIUM, "public", "invoice", null,
      "index on (note) <&> \"quoted\"", null, "index on invoice(note) is in the model but not in the migrated database",
      "com.example.shop.Invoice", List.of());

  static final List<Difference> DIFFERENCES = List.of(EXTRA_LEGACY, AMOUNT_TYPE, INVOICE_INDEX, MISSING_NOTE);
  static final Finding DROP_LEGACY = new Finding(LintRule.DESTRUCTIVE_CHANGE, Severity.HIGH, "public", "legacy_audit", List.of(),
      "db/changelog/db.changelog-master.xml:1", "changeSet drop-legacy (shop) drops table legacy_audit and its rows",
      "copy the rows first, or mark the changeSet with the label destructive");
  static final Finding INVOICE_FK = new Finding(LintRule.FK_WITHOUT_INDEX, Severity.MEDIUM, "public", "invoice", List.of("customer_id"),
      "entity com.example.shop.Invoice", "foreign key invoice(customer_id) has no index leading with its columns",
      "CREATE INDEX invoice_customer_id_idx ON public.invoice (customer_id);");
  static final List<Finding> FINDINGS = List.of(INVOICE_FK, DROP_LEGACY);
  static final List<String> TABLES = List.of("public.customer", "public.invoice", "public.legacy_audit");

  final Path root;
  final Path output;
  final Path changeLog;
  final Path fix;

  SampleRun(Path root) throws IOException {
    this.root = root;
    this.output = root.resolve("target/integrity");
    this.changeLog = root.resolve("src/main/resources/db/changelog/db.changelog-master.xml");
    this.fix = output.resolve("changelog.xml");
    Path source = root.resolve("src/main/java/com/example/shop/Invoice.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, INVOICE_SOURCE, StandardCharsets.UTF_8);
    Files.createDirectories(changeLog.getParent());
    Files.writeString(changeLog, "<databaseChangeLog/>\n");
    Files.createDirectories(output);
    Files.writeString(fix, "<databaseChangeLog>\n  <changeSet id=\"add-invoice-note\" author=\"integrity\"/>\n</databaseChangeLog>\n");
  }

  RunSummary drifted() {
    return new RunSummary(DIFFERENCES, true, fix, 1, 0, timings());
  }

  /** The drifted run with lint findings: one at a changeSet's line, one at an entity. */
  RunSummary linted() {
    return new RunSummary(DIFFERENCES, true, fix, 1, 0, timings(), FINDINGS);
  }

  RunSummary clean() {
    return new RunSummary(List.of(), false, null, 0, 0, timings());
  }

  SourceLocator locator() {
    Map<String, Origin> origins = new LinkedHashMap<>();
    origins.put("public.invoice", new Origin("com.example.shop.Invoice", null, Set.of()));
    origins.put("public.invoice.note", new Origin("com.example.shop.Invoice", "note", Set.of("length", "nullable")));
    origins.put("public.invoice.amount", new Origin("com.example.shop.Invoice", "amount", Set.of()));
    return new SourceLocator(root, List.of(root.resolve("src/main/java")), new Origins(origins), changeLog);
  }

  ReportContext context(Map<String, String> environment, PrintStream stdout) {
    return new ReportContext(output, root, TABLES, locator(), environment, stdout);
  }

  private static Map<String, Long> timings() {
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("database start", 1200L);
    timings.put("migrate", 800L);
    timings.put("diff", 5L);
    return timings;
  }
}
