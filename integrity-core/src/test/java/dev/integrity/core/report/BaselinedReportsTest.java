package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Differences the baseline accepted are listed in report.json only, marked; no CI format shows them as failures. */
class BaselinedReportsTest {

  @Test
  void baselinedDifferencesAreMarkedInReportJsonAndAbsentFromEveryCiFormat(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    RunSummary summary = new RunSummary(List.of(SampleRun.MISSING_NOTE), true, run.fix, 1, 0, run.drifted().timings(), List.of(), dev.integrity.core.diff.Sides.MODEL_AND_MIGRATED,
        List.of(SampleRun.AMOUNT_TYPE, SampleRun.EXTRA_LEGACY));
    Path stepSummary = root.resolve("summary.md");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Reports.write(ReportFormat.parse("json,junit,sarif,gitlab"), summary, run.context(
        Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString()), new PrintStream(stdout, true, StandardCharsets.UTF_8)));

    JsonNode json = new ObjectMapper().readTree(run.output.resolve("report.json").toFile());
    List<String> differences = new ArrayList<>();
    json.get("differences").forEach(d -> differences.add(d.get("kind").asText() + " " + d.path("baselined").asBoolean(false)));
    assertEquals(List.of("MISSING_COLUMN false", "TYPE_MISMATCH true", "EXTRA_TABLE true"), differences);
    assertEquals(2, json.get("baselined").asInt());
    assertEquals(1, json.get("counts").get("CRITICAL").asInt());
    assertEquals(0, json.get("counts").get("HIGH").asInt());

    // SARIF lists every kind among its rules: only its results count
    assertEquals(1, new ObjectMapper().readTree(run.output.resolve("integrity.sarif").toFile()).get("runs").get(0).get("results").size());
    for (String file : List.of("TEST-integrity.xml", "gl-code-quality-report.json")) {
      String text = Files.readString(run.output.resolve(file));
      for (String kind : List.of("TYPE_MISMATCH", "EXTRA_TABLE")) {
        assertFalse(text.contains(kind), file + " shows the baselined " + kind + ":\n" + text);
      }
    }
    String github = stdout.toString(StandardCharsets.UTF_8) + Files.readString(stepSummary);
    assertFalse(github.contains("TYPE_MISMATCH") || github.contains("EXTRA_TABLE"), github);
    assertEquals(1, stdout.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("::")).count());
  }
}
