package dev.integrity.core.snapshot;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.IgnoreRule;
import dev.integrity.core.diff.Ignores;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.report.ReportContext;
import dev.integrity.core.report.Reports;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.Timings;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Goal {@code compare-snapshots}: two snapshot files compared exactly, offline (no database, no class loader),
 * reported in the project's {@code formats} and judged by its {@code failOn} and {@code ignores}.
 */
public final class SnapshotComparison {

  private SnapshotComparison() {}

  /** {@code expected} is the reference (the side the messages call "missing" from), {@code actual} the snapshot judged. */
  public static SnapshotComparisonResult compare(VerifyRequest project, Path expected, Path actual, Log log) {
    Timings timings = new Timings();
    long start = System.nanoTime();
    Schema expectedSchema = read("expectedSnapshot", expected);
    Schema actualSchema = read("actualSnapshot", actual);
    timings.record("snapshots", start);
    Sides sides = sides(project.baseDir(), expected, actual);
    log.info("Comparing " + sides.expected() + " with " + sides.actual() + " (exactly; no database)");
    start = System.nanoTime();
    Ignores ignores = Ignores.apply(IgnoreRule.parseAll(project.ignores()),
        Differ.diff(expectedSchema, actualSchema, Origins.none(), ComparePolicy.EXACT, sides).stream().sorted(Difference.ORDER).toList());
    timings.record("diff", start);
    List<Difference> differences = ignores.kept();
    List<Difference> failing = project.failOn().failing(differences);
    List<String> tables = Stream.of(expectedSchema, actualSchema).flatMap(schema -> schema.tables().stream())
        .map(Table::qualifiedName).distinct().sorted().toList();
    RunSummary summary = new RunSummary(differences, !failing.isEmpty(), null, 0, ignores.ignored(), timings.ordered(), List.of(), sides);
    Reports.Written reports = Reports.write(project.formats(), summary,
        ReportContext.forRun(project.outputDirectory(), project.baseDir(), project.sourceRoots(), Origins.none(), actual, tables));
    List<String> lines = new ArrayList<>(reports.console());
    lines.add("sha256: " + SchemaSnapshot.sha256(expectedSchema) + " (" + sides.expectedColumn() + "), "
        + SchemaSnapshot.sha256(actualSchema) + " (" + sides.actualColumn() + ")");
    return new SnapshotComparisonResult(differences, failing, reports.json(), lines);
  }

  private static Schema read(String parameter, Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new IntegrityException("<" + parameter + "> " + (file == null ? "is not set" : file + " does not exist")
          + ": give a file written by `" + SchemaSnapshot.REFRESH_COMMAND + "`.");
    }
    return SchemaSnapshot.read(file);
  }

  /** Each side named by its file, relative to the project when inside it: "the snapshot target/after.json". */
  private static Sides sides(Path baseDir, Path expected, Path actual) {
    String expectedName = "the snapshot " + shown(baseDir, expected);
    return new Sides(expectedName, "the snapshot " + shown(baseDir, actual), "expected", "actual", expectedName);
  }

  private static String shown(Path baseDir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = baseDir.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
