package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.common.Log;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real PostgreSQL: six columns whose length the entities leave to Hibernate's default 255 while the migrations
 * set shorter ones, and five primitives the migrations leave nullable, are one console line per shape; the one
 * column whose declared length differs is listed as before; report.json keeps all twelve.
 */
class DifferenceGroupsTest {

  @TempDir
  Path out;

  @Test
  void manyDifferencesOfOneShapeAreOneConsoleLineAndReportJsonKeepsEach() throws Exception {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shapes", "fixtures/shapes/changelog.xml", out)
        .database(Providers.settings("embedded")).cache(false).build(), Log.SILENT);

    assertEquals(12, result.differences().size());
    assertEquals(12, new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("differences").size());
    List<String> lines = result.summary();
    assertEquals("12 differences between the entity model and the migrated database (7 high, 5 medium):", lines.get(0));
    assertEquals("  6 columns HIGH     TYPE_MISMATCH in 2 entities (Account, Contact): the entity leaves the length to Hibernate's"
        + " default (model character varying(255)) and the database sets another; fix: declare the length in the entity"
        + " (@Column(length = …)), or change the column", lines.get(1));
    assertEquals("  5 columns MEDIUM   NULLABILITY_MISMATCH in 2 entities (Account, Contact): NOT NULL in the model, nullable in the"
        + " database; fix: add NOT NULL to the column (the fix changelog does), or let the entity's attribute be null", lines.get(2));
    assertEquals("  (each grouped difference is listed in " + out.resolve("report.json") + ")", lines.get(3));
    assertEquals("  public.contact", lines.get(4));
    assertTrue(lines.get(5).startsWith("    HIGH     TYPE_MISMATCH note: model character varying(40), database character varying(30)"), lines.get(5));
    assertTrue(lines.get(6).startsWith("Health: "), lines.get(6));
  }

  @Test
  void fewerThanFiveOfAShapeAreListedOneByOne() throws Exception {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shapes", "fixtures/shapes/changelog.xml", out)
        .database(Providers.settings("embedded")).cache(false).ignores(List.of("column=name", "column=email", "column=active")).build(), Log.SILENT);

    List<String> lines = result.summary();
    assertEquals(List.of(), lines.stream().filter(line -> line.contains(" columns ")).toList());
    assertEquals(9, lines.stream().filter(line -> line.startsWith("    ")).count(), lines.toString());
  }
}
