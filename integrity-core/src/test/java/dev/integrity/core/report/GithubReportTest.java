package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.diff.Sides;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReportTest {

  @Test
  void printsOneAnnotationPerDifferenceAtItsSource(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Optional<Path> summary = GithubReport.write(run.drifted(), run.locator(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    assertTrue(summary.isEmpty(), "no $GITHUB_STEP_SUMMARY, no summary");
    assertEquals(List.of(
        "::warning file=src/main/java/com/example/shop/Invoice.java,line=9,title=integrity MEDIUM MISSING_INDEX::"
            + "index on invoice(note) is in the model but not in the migrated database%0Amodel: index on (note) <&> \"quoted\"%0Adatabase: (absent)",
        "::error file=src/main/java/com/example/shop/Invoice.java,line=17,title=integrity HIGH TYPE_MISMATCH::"
            + "column invoice.amount is numeric(10,2) in the database, narrower than the model's numeric(38,2)%0Amodel: numeric(38,2)%0Adatabase: numeric(10,2)",
        "::error file=src/main/java/com/example/shop/Invoice.java,line=14,title=integrity CRITICAL MISSING_COLUMN::"
            + "column invoice.note is in the model but not in the migrated database%0Amodel: character varying(40) not null%0Adatabase: (absent)",
        "::notice file=src/main/resources/db/changelog/db.changelog-master.xml,line=1,title=integrity LOW EXTRA_TABLE::"
            + "table legacy_audit is in the migrated database but not in the model%0Amodel: (absent)%0Adatabase: table legacy_audit"),
        out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void printsOneAnnotationPerLintFindingAfterTheDifferences(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GithubReport.write(run.linted(), run.locator(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(6, lines.size());
    assertEquals(List.of(
        "::warning file=src/main/java/com/example/shop/Invoice.java,line=9,title=integrity MEDIUM fk-without-index::"
            + "foreign key invoice(customer_id) has no index leading with its columns%0Afix: CREATE INDEX invoice_customer_id_idx ON public.invoice (customer_id);",
        "::error file=src/main/resources/db/changelog/db.changelog-master.xml,line=1,title=integrity HIGH destructive-change::"
            + "changeSet drop-legacy (shop) drops table legacy_audit and its rows%0Afix: copy the rows first, or mark the changeSet with the label destructive"),
        lines.subList(4, 6));
  }

  @Test
  void aDriftRunNamesTheMigrationsAndTheLiveDatabase() {
    Difference extra = new Difference(DifferenceKind.EXTRA_COLUMN, Severity.LOW, "public", "account", "note", null, "text",
        "column account.note is in the live database but not in the migrations", null, List.of());
    String annotation = GithubReport.annotation(extra, new Location("", 0), Sides.MIGRATIONS_AND_LIVE);
    assertEquals("::notice title=integrity LOW EXTRA_COLUMN::column account.note is in the live database but not in the migrations"
        + "%0Amigrations: (absent)%0Alive: text", annotation);
    RunSummary drifted = new RunSummary(List.of(extra), true, null, 0, 0, Map.of(), List.of(), Sides.MIGRATIONS_AND_LIVE);
    RunSummary clean = new RunSummary(List.of(), false, null, 0, 0, Map.of(), List.of(), Sides.MIGRATIONS_AND_LIVE);
    assertTrue(GithubReport.markdown(drifted).contains("| severity | kind | column | migrations | live |"), GithubReport.markdown(drifted));
    assertTrue(GithubReport.markdown(clean).contains("No differences: the live database matches the migrations."), GithubReport.markdown(clean));
  }

  @Test
  void escapesWhatWorkflowCommandsReserve() {
    assertEquals("::error file=a%3Ab%2Cc.java,line=3,title=integrity CRITICAL MISSING_TABLE::100%25 missing%0D%0Anow%0Amodel: t%0Adatabase: (absent)",
        GithubReport.annotation(new Difference(DifferenceKind.MISSING_TABLE, Severity.CRITICAL, "public", "t", null, "t", null, "100% missing\r\nnow", null, List.of()),
            new Location("a:b,c.java", 3), Sides.MODEL_AND_MIGRATED));
  }

  @Test
  void appendsAMarkdownSummaryToTheStepSummary(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Path stepSummary = root.resolve("step-summary.md");
    Files.writeString(stepSummary, "earlier step\n");
    Map<String, String> environment = Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString());
    GithubReport.write(run.drifted(), run.locator(), environment, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String markdown = Files.readString(stepSummary);
    assertTrue(markdown.startsWith("earlier step\n## integrity: failed (health red)\n"), markdown);
    assertTrue(markdown.contains("| 1 | 1 | 1 | 1 |"), markdown);
    assertTrue(markdown.contains("### `public.invoice`\n"), markdown);
    assertTrue(markdown.indexOf("public.invoice") < markdown.indexOf("public.legacy_audit"), "worst table first: " + markdown);
    assertTrue(markdown.contains("| CRITICAL | MISSING_COLUMN | `note` | `character varying(40) not null` | — |"), markdown);
    assertTrue(markdown.contains("Fix changelog: `changelog.xml`"), markdown);
  }

  @Test
  void aCleanRunSummarySaysSo(@TempDir Path root) throws Exception {
    assertEquals("## integrity: passed (health green)\n\nNo differences: the migrated database matches the entity model.\n\n",
        GithubReport.markdown(new SampleRun(root).clean()));
  }
}
