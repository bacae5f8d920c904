package dev.integrity.core;

import dev.integrity.core.api.VerifyResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole pipeline on a real PostgreSQL of each provider, with real entities and real changelogs. */
class PipelineTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void cleanProjectPassesWithNoDifferencesAndNoFix(String provider, @TempDir Path out) {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(Providers.settings(provider)).build(), TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertTrue(Files.isRegularFile(out.resolve("report.json")));
    assertFalse(Files.exists(out.resolve("changelog.xml")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void driftedProjectFailsAndWritesTheFix(String provider, @TempDir Path out) throws Exception {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(Providers.settings(provider)).build(), TestProjects.STDOUT);
    assertEquals(List.of(
            "MISSING_COLUMN purchase_order.note",
            "NULLABILITY_MISMATCH customer.name",
            "TYPE_MISMATCH customer.email"),
        result.differences().stream().map(PipelineTest::describe).sorted().toList());
    assertTrue(result.failed());
    assertTrue(Files.readString(out.resolve("changelog.xml")).contains("addColumn"));
    assertTrue(Files.readString(out.resolve("report.json")).contains("\"status\" : \"failed\""));
  }

  private static String describe(Difference d) {
    return d.kind() + " " + d.table() + (d.column() == null ? "" : "." + d.column());
  }
}
