package dev.integrity.core.report;

import dev.integrity.core.schema.Origins;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the renderers need besides the run's summary: where reports go, the root CI paths are relative to
 * ({@link #repositoryRoot(Path, Map)}), the compared tables (so that the
 * JUnit report has a passing test per in-sync table), where each difference lives in the sources, the
 * CI environment, and the raw standard output that CI workflow commands must reach unprefixed.
 */
public record ReportContext(Path outputDirectory, Path repositoryRoot, List<String> tables, SourceLocator locator,
    Map<String, String> environment, PrintStream stdout) {

  public ReportContext {
    tables = List.copyOf(tables);
    environment = Map.copyOf(environment);
  }

  /** The repository root CI systems resolve paths against: their workspace when the project lies inside it, else {@code baseDir}. */
  /**
   * The context of a run in this process: CI paths relative to the CI workspace, differences located in the
   * entity sources under {@code sourceRoots} or else at {@code changeLog} (may be null).
   */
  public static ReportContext forRun(Path outputDirectory, Path baseDir, List<Path> sourceRoots, Origins origins, Path changeLog,
      List<String> tables) {
    Map<String, String> environment = System.getenv();
    Path root = repositoryRoot(baseDir, environment);
    return new ReportContext(outputDirectory, root, tables, new SourceLocator(root, sourceRoots, origins, changeLog), environment, System.out);
  }

  public static Path repositoryRoot(Path baseDir, Map<String, String> environment) {
    Path project = baseDir.toAbsolutePath().normalize();
    for (String variable : List.of("GITHUB_WORKSPACE", "CI_PROJECT_DIR", "WORKSPACE")) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        Path workspace = Path.of(value).toAbsolutePath().normalize();
        if (project.startsWith(workspace)) {
          return workspace;
        }
      }
    }
    return project;
  }

  public boolean onGithubActions() {
    return "true".equals(environment.get("GITHUB_ACTIONS"));
  }
}
