package dev.integrity.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline on a real PostgreSQL with the shop entities: written from a drifted changelog's three
 * differences, it makes verify pass; a new or changed difference still fails, and an entry whose drift was
 * fixed is stale and fails until the file is rewritten.
 */
class BaselineTest {

  private static final String DRIFTED = "src/test/resources/fixtures/shop/drifted.xml";

  @TempDir
  Path dir;

  /** The shop project against the drifted changelog with {@code replace} pairs applied, the baseline in {@code dir}. */
  private VerifyRequest request(String... replace) throws Exception {
    String changeLog = Files.readString(Path.of(DRIFTED));
    for (int i = 0; i < replace.length; i += 2) {
      assertTrue(changeLog.contains(replace[i]), replace[i]);
      changeLog = changeLog.replace(replace[i], replace[i + 1]);
    }
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve("changelog.xml"), changeLog);
    return TestProjects.request("dev.integrity.core.fixtures.shop", "unused", dir.resolve("out"))
        .changeLogFile(migrations.resolve("changelog.xml"))
        .changeLogSearchRoots(List.of(migrations))
        .database(Providers.settings("embedded"))
        .cache(false)
        .baselineFile(dir.resolve("integrity-baseline.json"))
        .build();
  }

  private static List<String> describe(List<Difference> differences) {
    return differences.stream().map(d -> d.kind() + " " + d.table() + "." + d.column() + " " + d.database()).sorted().toList();
  }

  @Test
  void baselineAcceptsTodaysDifferencesSoThatVerifyPasses() throws Exception {
    VerifyRequest request = request();
    BaselineResult written = Integrity.baseline(request, TestProjects.STDOUT);
    assertEquals(3, written.entries());
    assertTrue(written.changed());
    byte[] first = Files.readAllBytes(request.baselineFile());
    String text = new String(first);
    assertTrue(text.startsWith("""
        {
          "format" : "integrity-baseline/1",
          "differences" : [
            {
              "kind" : "TYPE_MISMATCH",
              "schema" : "public",
              "table" : "customer",
              "column" : "email",
              "model" : "character varying(255)",
              "database" : "character varying(80)"
            },
            {
              "kind" : "NULLABILITY_MISMATCH",
        """), text);
    assertTrue(text.endsWith("""
              "column" : "note",
              "model" : "character varying(255)",
              "database" : null
            }
          ]
        }
        """), text);

    BaselineResult again = Integrity.baseline(request, TestProjects.STDOUT);
    assertFalse(again.changed());
    assertEquals(3, again.entries());
    assertEquals(0, again.added());
    assertEquals(new String(first), Files.readString(request.baselineFile()));

    VerifyResult result = Integrity.verify(request, TestProjects.STDOUT);
    assertFalse(result.failed(), String.join("\n", result.summary()));
    assertEquals(List.of(), result.differences());
    assertEquals(3, result.baseline().baselined().size());
    assertNull(result.changelog());
    String report = Files.readString(request.outputDirectory().resolve("report.json"));
    assertTrue(report.contains("\"status\" : \"passed\""), report);
    assertEquals(3, report.split("\"baselined\" : true", -1).length - 1, report);
    String junit = Files.readString(request.outputDirectory().resolve("TEST-integrity.xml"));
    for (String kind : List.of("TYPE_MISMATCH", "NULLABILITY_MISMATCH", "MISSING_COLUMN")) {
      assertFalse(junit.contains("<failure type=\"" + kind + "\""), junit);
    }
    assertTrue(result.summary().stream().anyMatch(line -> line.startsWith("Baselined: 3 differences accepted by ")), result.summary().toString());
  }

  @Test
  void aChangedValueFailsAndItsOldEntryIsStale() throws Exception {
    Integrity.baseline(request(), TestProjects.STDOUT);
    VerifyResult result = Integrity.verify(request("\"varchar(80)\"", "\"varchar(60)\""), TestProjects.STDOUT);
    assertTrue(result.failed());
    assertEquals(List.of("TYPE_MISMATCH customer.email character varying(60)"), describe(result.failing()));
    assertEquals(2, result.baseline().baselined().size());
    assertEquals(List.of("TYPE_MISMATCH public.customer.email (model character varying(255), database character varying(80))"),
        result.baseline().stale().stream().map(BaselineEntry::describe).toList());
  }

  @Test
  void aNewDriftFailsAndAFixedOneIsReportedStaleWithTheCommandThatRewritesTheFile() throws Exception {
    Integrity.baseline(request(), TestProjects.STDOUT);
    VerifyRequest changed = request(
        "<column name=\"total\" type=\"numeric(12,2)\"/>", "<column name=\"total\" type=\"numeric(10,2)\"/><column name=\"note\" type=\"varchar(255)\"/>");
    VerifyResult result = Integrity.verify(changed, TestProjects.STDOUT);
    assertTrue(result.failed());
    assertEquals(List.of("TYPE_MISMATCH purchase_order.total numeric(10,2)"), describe(result.failing()));
    assertEquals(List.of("MISSING_COLUMN public.purchase_order.note (model character varying(255), database (absent))"),
        result.baseline().stale().stream().map(BaselineEntry::describe).toList());
    assertTrue(result.baseline().staleMessage().contains("run `mvn integrity:baseline` to rewrite it"), result.baseline().staleMessage());
    assertTrue(result.summary().contains("  MISSING_COLUMN public.purchase_order.note (model character varying(255), database (absent))"),
        result.summary().toString());

    BaselineResult rewritten = Integrity.baseline(changed, TestProjects.STDOUT);
    assertEquals(1, rewritten.added());
    assertEquals(1, rewritten.removed());
    assertFalse(Integrity.verify(changed, TestProjects.STDOUT).failed());
  }

  @Test
  void onlyTheStaleEntryFailsARunWithoutNewDifferences() throws Exception {
    Integrity.baseline(request(), TestProjects.STDOUT);
    VerifyResult result = Integrity.verify(request("<column name=\"createdat\" type=\"timestamp\"/>",
        "<column name=\"createdat\" type=\"timestamp\"/><column name=\"note\" type=\"varchar(255)\"/>"), TestProjects.STDOUT);
    assertEquals(List.of(), result.failing());
    assertTrue(result.failed());
    assertEquals(1, result.baseline().stale().size());
    assertTrue(Files.readString(dir.resolve("out/report.json")).contains("\"status\" : \"failed\""));
  }

  @Test
  void aMalformedBaselineFileNamesTheFileAndTheEntry() throws Exception {
    VerifyRequest request = request();
    Files.writeString(request.baselineFile(), """
        {
          "format" : "integrity-baseline/1",
          "differences" : [
            { "kind" : "MISSING_COLUMN", "schema" : "public", "table" : "purchase_order", "column" : "note" },
            { "kind" : "MISSING_COLUMNS", "schema" : "public", "table" : "purchase_order" }
          ]
        }
        """);
    IntegrityException unknownKind = assertThrows(IntegrityException.class, () -> Integrity.verify(request, TestProjects.STDOUT));
    assertTrue(unknownKind.getMessage().startsWith("the baseline file " + request.baselineFile() + " is malformed: entry 2 ("), unknownKind.getMessage());
    assertTrue(unknownKind.getMessage().contains("unknown kind 'MISSING_COLUMNS'"), unknownKind.getMessage());

    Files.writeString(request.baselineFile(), "{ \"format\" : \"integrity-baseline/1\", \"differences\" : [ { \"kind\" : \"EXTRA_TABLE\", \"schema\" : \"public\" } ] }");
    IntegrityException noTable = assertThrows(IntegrityException.class, () -> Integrity.verify(request, TestProjects.STDOUT));
    assertTrue(noTable.getMessage().contains("entry 1 ({\"kind\":\"EXTRA_TABLE\",\"schema\":\"public\"}) has no \"table\""), noTable.getMessage());

    Files.writeString(request.baselineFile(), "{ \"differences\" : [ }");
    IntegrityException notJson = assertThrows(IntegrityException.class, () -> Integrity.verify(request, TestProjects.STDOUT));
    assertTrue(notJson.getMessage().contains(request.baselineFile() + " is malformed: it is not valid JSON"), notJson.getMessage());
  }
}
