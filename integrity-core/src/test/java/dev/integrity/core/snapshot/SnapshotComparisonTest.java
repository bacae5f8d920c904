package dev.integrity.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two snapshot files, written by {@code snapshot} from a legacy changelog ("before") and the current one ("after"),
 * compared with a database provider that cannot start: any use of a database would fail the test.
 */
class SnapshotComparisonTest {

  private static final String LEDGER = "dev.integrity.core.fixtures.ledger";

  @TempDir
  static Path snapshots;

  private static Path before;
  private static Path after;

  @BeforeAll
  static void writeSnapshots() {
    before = snapshots.resolve("before.json");
    after = snapshots.resolve("after.json");
    for (Path file : List.of(before, after)) {
      String changeLog = file == before ? "fixtures/ledger/loose.xml" : "fixtures/ledger/changelog.xml";
      Integrity.snapshot(TestProjects.request(LEDGER, changeLog, snapshots.resolve("out")).database(Providers.settings("embedded"))
          .snapshotFile(file).build(), TestProjects.STDOUT);
    }
  }

  @Test
  void theSameSchemaTwicePassesWithNoDifference(@TempDir Path out) throws Exception {
    Path copy = out.resolve("copy.json");
    Files.copy(after, copy);
    SnapshotComparisonResult result = Integrity.compareSnapshots(offline(out).build(), after, copy, TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertTrue(Files.readString(result.report()).matches("(?s).*\"status\"\\s*:\\s*\"passed\".*"));
  }

  @Test
  void aReleaseThatChangedTheSchemaIsReportedExactlyInEveryFormatAndFailsPerFailOn(@TempDir Path out) throws Exception {
    VerifyRequest request = offline(out).formats(EnumSet.of(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.JUNIT, ReportFormat.SARIF))
        .build();
    SnapshotComparisonResult result = Integrity.compareSnapshots(request, before, after, TestProjects.STDOUT);

    assertTrue(result.failed());
    List<String> found = result.differences().stream().map(d -> d.kind() + " " + d.table() + (d.column() == null ? "" : "." + d.column()))
        .toList();
    assertTrue(found.contains("NULLABILITY_MISMATCH account.code"), found.toString());
    assertTrue(result.differences().stream().anyMatch(d -> d.kind() == DifferenceKind.EXTRA_FOREIGN_KEY), found.toString());
    Difference nullability = result.differences().stream().filter(d -> d.kind() == DifferenceKind.NULLABILITY_MISMATCH).findFirst().orElseThrow();
    String bothSides = "the snapshot " + before.toAbsolutePath().normalize();
    assertTrue(nullability.message().contains(bothSides) || nullability.message().contains("the snapshot " + after.toAbsolutePath().normalize()),
        nullability.message());
    assertFalse(nullability.message().contains("model") || nullability.message().contains("migrated database"), nullability.message());
    for (String file : List.of("report.json", "TEST-integrity.xml", "integrity.sarif")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file + " in " + List.of(out.toFile().list()));
    }
    assertTrue(Files.readString(result.report()).matches("(?s).*\"status\"\\s*:\\s*\"failed\".*"));
    assertTrue(result.summary().stream().anyMatch(line -> line.startsWith("sha256: ")), result.summary().toString());

    SnapshotComparisonResult reportOnly = Integrity.compareSnapshots(offline(out).failOn(Verdict.parse("none")).build(), before, after,
        TestProjects.STDOUT);
    assertEquals(result.differences(), reportOnly.differences());
    assertFalse(reportOnly.failed());
  }

  @Test
  void aMissingOrHandEditedSnapshotNamesTheParameterOrTheFile(@TempDir Path out) throws Exception {
    IntegrityException missing = assertThrows(IntegrityException.class,
        () -> Integrity.compareSnapshots(offline(out).build(), before, out.resolve("nope.json"), TestProjects.STDOUT));
    assertTrue(missing.getMessage().startsWith("<actualSnapshot> " + out.resolve("nope.json") + " does not exist"), missing.getMessage());
    Path edited = out.resolve("edited.json");
    Files.writeString(edited, Files.readString(after).replace("\"code\"", "\"kode\""));
    IntegrityException handEdited = assertThrows(IntegrityException.class,
        () -> Integrity.compareSnapshots(offline(out).build(), edited, after, TestProjects.STDOUT));
    assertTrue(handEdited.getMessage().contains(edited + " was edited by hand"), handEdited.getMessage());
  }

  /** A request whose database provider cannot start. */
  private static VerifyRequest.Builder offline(Path out) {
    return TestProjects.request(LEDGER, "fixtures/ledger/changelog.xml", out)
        .database(new DatabaseSettings("no-such-provider", "x", Duration.ofSeconds(1), null, null, null));
  }
}
