package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  @Test
  void writesExactlyTheFormatsAskedFor(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Reports.Written written = Reports.write(ReportFormat.parse("json,junit,sarif,gitlab,html"), run.drifted(),
        run.context(Map.of(), new PrintStream(stdout, true, StandardCharsets.UTF_8)));
    assertEquals(List.of("report.json", "TEST-integrity.xml", "integrity.sarif", "gl-code-quality-report.json", "report.html"),
        written.files().stream().map(f -> f.getFileName().toString()).toList());
    assertEquals(run.output.resolve("report.json"), written.json());
    assertEquals(List.of("Reports: " + String.join(", ", written.files().stream().map(Path::toString).toList())), written.console(),
        "without console only where the reports are");
    assertEquals("", stdout.toString(StandardCharsets.UTF_8), "no GitHub annotations off GitHub Actions");
  }

  @Test
  void githubIsOnByItselfOnGithubActions(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Path stepSummary = root.resolve("summary.md");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Reports.Written written = Reports.write(ReportFormat.parse("console,json"), run.drifted(), run.context(
        Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString()), new PrintStream(stdout, true, StandardCharsets.UTF_8)));
    assertEquals(List.of(run.output.resolve("report.json"), stepSummary), written.files());
    assertEquals(4, stdout.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("::")).count());
    assertTrue(Files.readString(stepSummary).startsWith("## integrity: failed"));
    assertTrue(written.console().get(0).startsWith("4 differences"));
  }

  @Test
  void theRepositoryRootIsTheCiWorkspaceWhenTheProjectIsInside(@TempDir Path root) {
    Path module = root.resolve("services/shop");
    assertEquals(root, ReportContext.repositoryRoot(module, Map.of("GITHUB_WORKSPACE", root.toString())));
    assertEquals(root, ReportContext.repositoryRoot(module, Map.of("CI_PROJECT_DIR", root.toString())));
    assertEquals(module, ReportContext.repositoryRoot(module, Map.of("GITHUB_WORKSPACE", root.resolve("elsewhere").toString())));
    assertEquals(module, ReportContext.repositoryRoot(module, Map.of()));
  }
}
