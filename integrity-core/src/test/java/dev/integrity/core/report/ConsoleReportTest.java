package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {

  @Test
  void groupsByTableWorstFirstWithBothSidesCountsHealthAndWhereTheReportsAre(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    List<String> lines = ConsoleReport.lines(run.drifted(), List.of(Path.of("out/report.json"), Path.of("out/TEST-integrity.xml")));
    assertEquals(List.of(
        "4 differences between the entity model and the migrated database (1 critical, 1 high, 1 medium, 1 low):",
        "  public.invoice",
        "    CRITICAL MISSING_COLUMN note: model character varying(40) not null, database (absent)",
        "    HIGH     TYPE_MISMATCH amount: model numeric(38,2), database numeric(10,2)",
        "    MEDIUM   MISSING_INDEX: model index on (note) <&> \"quoted\", database (absent)",
        "  public.legacy_audit",
        "    LOW      EXTRA_TABLE: model (absent), database table legacy_audit",
        "Health: red (1 critical, 1 high, 1 medium, 1 low)",
        "Reports: out/report.json, out/TEST-integrity.xml"), lines);
  }

  @Test
  void aCleanRunSaysSoAndIsGreen(@TempDir Path root) throws Exception {
    assertEquals(List.of(
        "No differences: the migrated database matches the entity model.",
        "Health: green (0 critical, 0 high, 0 medium, 0 low)",
        "Reports: out/report.json"), ConsoleReport.lines(new SampleRun(root).clean(), List.of(Path.of("out/report.json"))));
  }
}
