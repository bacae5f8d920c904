package dev.integrity.core.cache;

import static dev.integrity.core.cache.KeptProject.NOT_REUSED;
import static dev.integrity.core.cache.KeptProject.REUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.migrate.ChangeSetChecksum;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.support.CountingChangeLogParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrated database kept between runs of a Liquibase project, on a real PostgreSQL (embedded, and Docker for the
 * reuse itself): a changelog
 * that only gained changeSets starts from the kept state and Liquibase runs only the new ones; every other change
 * migrates from empty with one line saying why; concurrent runs share the cache; a damaged entry is discarded.
 */
class KeptMigrationsTest {

  private static final String TABLES = changeSet("1", "", """
      <createTable tableName="customer">
        <column name="id" type="bigint" autoIncrement="true"><constraints primaryKey="true"/></column>
        <column name="name" type="varchar(100)"><constraints nullable="false"/></column>
        <column name="email" type="varchar(255)"/>
      </createTable>
      <createTable tableName="purchase_order">
        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
        <column name="customer_id" type="bigint"><constraints nullable="false"/></column>
        <column name="total" type="numeric(12,2)"/>
        <column name="createdat" type="timestamp"/>
        <column name="note" type="varchar(255)"/>
      </createTable>
      <addForeignKeyConstraint baseTableName="purchase_order" baseColumnNames="customer_id" constraintName="fk_order_customer"
                               referencedTableName="customer" referencedColumnNames="id"/>
      <createSequence sequenceName="purchase_order_seq" incrementBy="50" startValue="1"/>""");
  private static final String COMMENT = changeSet("2", " runOnChange=\"true\"", "<sql>COMMENT ON TABLE customer IS 'v1'</sql>");
  private static final String INDEX = changeSet("3", "", "<createIndex tableName=\"customer\" indexName=\"idx_customer_email\">"
      + "<column name=\"email\"/></createIndex>");
  private static final String ROW = changeSet("4", "", "<insert tableName=\"customer\"><column name=\"name\" value=\"first\"/></insert>");
  private static final String ORDER_INDEX = changeSet("5", "", "<createIndex tableName=\"purchase_order\" indexName=\"idx_order_customer\">"
      + "<column name=\"customer_id\"/></createIndex>");

  @TempDir
  Path root;

  @ParameterizedTest
  @MethodSource("dev.integrity.core.support.Providers#both")
  void appendedChangeSetsAloneRunOnTheKeptState(String provider) throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE, provider);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify());
    assertEquals(List.of(), project.said(REUSED));
    List<Map<String, String>> firstHistory = project.keptRows("public.databasechangelog");
    assertEquals(3, firstHistory.size());

    write(project, TABLES, COMMENT, INDEX, ROW, ORDER_INDEX);
    assertPasses(project.verify());
    List<String> reused = project.said(REUSED);
    assertEquals(1, reused.size(), reused.toString());
    assertTrue(reused.get(0).endsWith("(databasechangelog 3 -> 5 rows)"), reused.get(0));

    // a changeSet that ran again would have a new dateexecuted and orderexecuted: the first run's rows are untouched
    List<Map<String, String>> history = project.keptRows("public.databasechangelog");
    List<String> ran = history.stream().filter(row -> !firstHistory.contains(row)).map(row -> row.get("id")).toList();
    assertEquals(List.of("4", "5"), ran, "only the appended changeSets ran: " + history);
    assertEquals(List.of("first"), project.keptRows("public.customer").stream().map(row -> row.get("name")).toList());
  }

  @Test
  void aChangeSetInANewlyIncludedFileAloneRunsOnTheKeptState() throws IOException {
    // Liquibase reads the history while it resolves an include: the kept state must still restore into an untouched database
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    writeFile(project, "tables.xml", TABLES, COMMENT, INDEX);
    writeFile(project, "rows.xml", ROW);
    writeFile(project, "changelog.xml", include("tables.xml"));
    assertPasses(project.verify());

    writeFile(project, "changelog.xml", include("tables.xml"), include("rows.xml"));
    assertPasses(project.verify());
    List<String> lines = project.said("Kept migrated database");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(REUSED) && lines.get(0).endsWith("(databasechangelog 3 -> 4 rows)"), lines.get(0));
    assertEquals(List.of("first"), project.keptRows("public.customer").stream().map(row -> row.get("name")).toList());
  }

  static Stream<Arguments> changesThatAreNotAppends() {
    return Stream.of(
        Arguments.of("edited", List.of(TABLES, COMMENT, INDEX.replace("idx_customer_email", "idx_email"), ROW),
            "the changeSet changelog.xml::3::test changed"),
        Arguments.of("removed", List.of(TABLES, COMMENT, ROW), "the changeSet changelog.xml::3::test was removed"),
        Arguments.of("reordered", List.of(TABLES, INDEX, COMMENT, ROW), "the changeSet changelog.xml::2::test moved"),
        Arguments.of("runOnChange changed", List.of(TABLES, COMMENT.replace("'v1'", "'v2'"), INDEX, ROW),
            "the runOnChange changeSet changelog.xml::2::test changed"),
        Arguments.of("inserted", List.of(TABLES, ROW, COMMENT, INDEX), "the changeSet changelog.xml::4::test was inserted before"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changesThatAreNotAppends")
  void anyOtherChangeMigratesFromEmptyAndSaysWhy(String change, List<String> changed, String why) throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify());
    project.said("");

    write(project, changed.toArray(String[]::new));
    assertPasses(project.verify());
    List<String> lines = project.said("Kept migrated database");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(NOT_REUSED + ": " + why), lines.get(0));
    assertTrue(lines.get(0).endsWith("; migrating from empty"), lines.get(0));
    assertEquals(changed.size(), project.keptRows("public.databasechangelog").size(), "the full run is kept instead");
    assertEquals(changed.size(), project.entry().changeSets().size());
  }

  @Test
  void aRunParsesTheChangelogOnceWhetherItStartsFromEmptyOrFromTheKeptState() throws Exception {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    try (CountingChangeLogParser parser = CountingChangeLogParser.register("changelog.xml")) {
      assertPasses(project.verify());
      assertEquals(1, parser.parses(), "from empty");

      write(project, TABLES, COMMENT, INDEX, ROW);
      assertPasses(project.verify());
      assertEquals(1, project.said(REUSED).size());
      assertEquals(2, parser.parses(), "from the kept state: its state and the update of the new changeSet read one parse");
    }
  }

  @Test
  void cacheFalseNeitherReadsNorKeeps() throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify(builder -> builder.cache(false)));
    assertFalse(Files.exists(project.cacheDirectory));
  }

  @Test
  void twoRunsAtOnceShareTheCache() throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify());
    project.said("");

    write(project, TABLES, COMMENT, INDEX, ROW);
    List<CompletableFuture<VerifyResult>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(CompletableFuture.supplyAsync(project::verify));
    }
    runs.forEach(run -> assertPasses(run.join()));
    assertEquals(2, project.said(REUSED).size());
    assertEquals(List.of("1", "2", "3", "4"), project.entry().changeSets().stream().map(ChangeSetChecksum::id).toList());
  }

  @Test
  void aDamagedEntryIsDiscardedWithOneLine() throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify());
    Path entry = project.entryFile();
    byte[] whole = Files.readAllBytes(entry);
    project.said("");

    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertPasses(project.verify());
    List<String> discarded = project.said("discarded the kept migrated database");
    assertEquals(1, discarded.size(), discarded.toString());
    assertTrue(discarded.get(0).contains("cannot be read"), discarded.get(0));
    assertEquals(List.of(), project.said(REUSED));
    assertEquals(3, project.entry().changeSets().size(), "the full run is kept again");

    whole[whole.length / 2] ^= 0x55;
    Files.write(entry, whole);
    assertPasses(project.verify());
    assertEquals(1, project.said("discarded the kept migrated database").size());
  }

  @Test
  void anEntryThatDoesNotRebuildItsSchemaIsDiscarded() throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, COMMENT, INDEX);
    assertPasses(project.verify());
    KeptEntry kept = project.entry();
    List<String> withoutIndex = kept.dump().after().stream().filter(sql -> !sql.contains("idx_customer_email")).toList();
    Files.write(project.entryFile(), new KeptEntry(kept.format(), kept.key(), kept.changeSets(), kept.historyRows(), kept.schema(),
        new DatabaseDump(kept.dump().before(), kept.dump().rows(), withoutIndex)).bytes());
    project.said("");

    assertPasses(project.verify());
    List<String> discarded = project.said("discarded the kept migrated database");
    assertEquals(1, discarded.size(), discarded.toString());
    assertTrue(discarded.get(0).endsWith("it did not rebuild the schema it was kept with"), discarded.get(0));
  }

  @Test
  void aDatabaseWithAViewIsNotKept() throws IOException {
    KeptProject project = new KeptProject(root, Migrations.LIQUIBASE);
    write(project, TABLES, changeSet("2", "", "<createView viewName=\"customer_names\">SELECT name FROM customer</createView>"));
    assertPasses(project.verify());
    List<String> lines = project.said("not kept");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("view public.customer_names"), lines.get(0));
    assertFalse(Files.exists(project.cacheDirectory) && Files.list(project.cacheDirectory).findAny().isPresent());
  }

  private static void assertPasses(VerifyResult result) {
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed(), result.summary().toString());
  }

  private static String changeSet(String id, String attributes, String body) {
    return "  <changeSet id=\"" + id + "\" author=\"test\"" + attributes + ">\n" + body + "\n  </changeSet>\n";
  }

  private static void write(KeptProject project, String... changeSets) throws IOException {
    writeFile(project, "changelog.xml", changeSets);
  }

  private static String include(String file) {
    return "  <include file=\"" + file + "\" relativeToChangelogFile=\"true\"/>\n";
  }

  private static void writeFile(KeptProject project, String file, String... changeSets) throws IOException {
    Files.writeString(project.resources.resolve(file), """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
        """ + String.join("", changeSets) + "</databaseChangeLog>\n");
  }
}
