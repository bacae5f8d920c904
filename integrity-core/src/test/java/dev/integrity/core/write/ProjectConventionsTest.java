package dev.integrity.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own naming, numbering and include style, followed by the written migration. */
class ProjectConventionsTest {

  private static final Instant NOW = Instant.parse("2026-12-04T18:30:00Z");

  @Test
  void fileNamesContinueTheFoldersSequenceOrTimestamp() {
    assertEquals("003-add-invoice-note", FileNames.next("002-orders", List.of("001-init", "002-orders"), "add invoice note", NOW));
    assertEquals("20261204183000_add_invoice_note",
        FileNames.next("20240101000000_added_entity_Invoice", List.of("20240101000000_added_entity_Invoice"), "add invoice note", NOW));
    assertEquals("20300101000001_add_note", FileNames.next("20300101000000_added_entity_Invoice", List.of("20300101000000_added_entity_Invoice"), "Add note!", NOW));
    assertEquals("add-invoice-note", FileNames.next(null, List.of(), "add invoice note", NOW));
    assertEquals("10_add_note", FileNames.next("9_init_schema", List.of("9_init_schema"), "add note", NOW));
  }

  @Test
  void flywayVersionsContinueIntegersDottedOrTimestamps() {
    assertEquals("11", FlywayMigration.nextVersion(List.of("1", "2", "10"), NOW));
    assertEquals("003", FlywayMigration.nextVersion(List.of("001", "002"), NOW));
    assertEquals("1.3", FlywayMigration.nextVersion(List.of("1.1", "1.2", "1"), NOW));
    assertEquals("2_1", FlywayMigration.nextVersion(List.of("1_9", "2_0"), NOW));
    assertEquals("20261204183000", FlywayMigration.nextVersion(List.of("20240101120000"), NOW));
    assertEquals("1", FlywayMigration.nextVersion(List.of(), NOW));
  }

  @Test
  void theFlywayMigrationTakesTheApplicationsPrefixAndNumbersAfterItsMigrationsOnly(@TempDir Path dir) throws Exception {
    Path resources = dir.resolve("src/main/resources");
    Path folder = Files.createDirectories(resources.resolve("db/migration/postgresql"));
    Files.writeString(folder.resolve("M1__init.sql"), "CREATE TABLE a (id int);");
    Files.writeString(folder.resolve("M2__more.sql"), "CREATE TABLE b (id int);");
    Files.writeString(folder.resolve("V7__not_a_migration_under_prefix_m.sql"), "");
    NewMigration migration = new NewMigration(dir, List.of(resources), List.of(), "add note", null, true, NOW);

    assertEquals("Migration written: " + folder.resolve("M3__add_note.sql"), FlywayMigration.write("classpath:db/migration/postgresql", "M", migration));
    assertEquals("Migration written: " + folder.resolve("V8__add_note.sql"), FlywayMigration.write("classpath:db/migration/postgresql", "V", migration));
  }

  @Test
  void changeSetIdsFollowTheLastOne() {
    List<String> readable = List.of("add-column-invoice-note", "drop-column-invoice-notes");
    assertEquals(List.of("8", "9"), ChangeSetIds.ids(List.of("1", "7", "2"), readable, "20261204183000"));
    assertEquals(List.of("20261204183000-1", "20261204183000-2"),
        ChangeSetIds.ids(List.of("00000000000000", "20240101000000-1", "20240101000000-1-relations"), readable, "20261204183000"));
    assertEquals(readable, ChangeSetIds.ids(List.of("create-invoice"), readable, "20261204183000"));
  }

  @Test
  void theIncludeGoesAboveJhipstersNeedle(@TempDir Path dir) throws Exception {
    Path master = dir.resolve("master.xml");
    Files.writeString(master, """
        <databaseChangeLog>
            <include file="config/liquibase/changelog/00000000000000_initial_schema.xml" relativeToChangelogFile="false"/>
            <include file="config/liquibase/changelog/20240101000000_added_entity_Invoice.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->
            <include file="config/liquibase/changelog/20240101000000_added_entity_constraints_Invoice.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-constraints-changelog - JHipster will add liquibase constraints changelogs here -->
        </databaseChangeLog>
        """);
    MasterChangeLog read = MasterChangeLog.read(master);
    MasterEdit.include(read, Optional.of(read.entries().get(1)), "config/liquibase/changelog/20261204183000_add_note.xml");
    assertEquals("""
        <databaseChangeLog>
            <include file="config/liquibase/changelog/00000000000000_initial_schema.xml" relativeToChangelogFile="false"/>
            <include file="config/liquibase/changelog/20240101000000_added_entity_Invoice.xml" relativeToChangelogFile="false"/>
            <include file="config/liquibase/changelog/20261204183000_add_note.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->
            <include file="config/liquibase/changelog/20240101000000_added_entity_constraints_Invoice.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-constraints-changelog - JHipster will add liquibase constraints changelogs here -->
        </databaseChangeLog>
        """, Files.readString(master));
  }

  @Test
  void aMigrationThatDropsGoesBelowTheChangelogsUnderTheNeedle(@TempDir Path resources) throws Exception {
    Path master = resources.resolve("config/liquibase/master.xml");
    Files.createDirectories(master.resolveSibling("changelog"));
    Files.writeString(master, """
        <databaseChangeLog>
            <include file="config/liquibase/changelog/20240101000000_added_entity_Invoice.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->
            <include file="config/liquibase/changelog/20240101000000_added_entity_constraints_Invoice.xml" relativeToChangelogFile="false"/>
        </databaseChangeLog>
        """);
    liquibase.changelog.ChangeSet drop = new liquibase.changelog.ChangeSet("drop-index-invoice-ix_invoice_number", "jane", false, false, "",
        null, "postgresql", true, null, null);
    drop.addChange(new liquibase.change.core.DropIndexChange());
    LiquibaseMigration.Written written = LiquibaseMigration.write(master, List.of(resources), List.of(drop), List.of("20240101000000-2"),
        "drop index", null, false, NOW);
    assertEquals(master.resolveSibling("changelog/20261204183000_drop_index.xml"), written.file());
    assertEquals("""
        <databaseChangeLog>
            <include file="config/liquibase/changelog/20240101000000_added_entity_Invoice.xml" relativeToChangelogFile="false"/>
            <!-- jhipster-needle-liquibase-add-changelog - JHipster will add liquibase changelogs here -->
            <include file="config/liquibase/changelog/20240101000000_added_entity_constraints_Invoice.xml" relativeToChangelogFile="false"/>
            <include file="config/liquibase/changelog/20261204183000_drop_index.xml" relativeToChangelogFile="false"/>
        </databaseChangeLog>
        """, Files.readString(master));
    assertEquals("included from " + master + " after the last include rather than above JHipster's needle: it drops or renames what the"
        + " changelogs below the needle may create", written.included());
    assertTrue(Files.readString(written.file()).contains("id=\"20261204183000-1\""));
  }

  @Test
  void aJsonMastersLastIncludeGetsItsComma(@TempDir Path dir) throws Exception {
    Path master = dir.resolve("master.json");
    Files.writeString(master, """
        {
          "databaseChangeLog": [
            { "include": { "file": "changes/001-init.json", "relativeToChangelogFile": true } }
          ]
        }
        """);
    MasterChangeLog read = MasterChangeLog.read(master);
    MasterEdit.include(read, read.last(), "changes/002-note.json");
    assertEquals("""
        {
          "databaseChangeLog": [
            { "include": { "file": "changes/001-init.json", "relativeToChangelogFile": true } },
            { "include": { "file": "changes/002-note.json", "relativeToChangelogFile": true } }
          ]
        }
        """, Files.readString(master));
  }

  @Test
  void commentedIncludesAreNotTemplates(@TempDir Path dir) throws Exception {
    Path master = dir.resolve("master.xml");
    Files.writeString(master, """
        <databaseChangeLog>
          <includeAll path="changes/" relativeToChangelogFile="true"/>
          <!-- <include file="old/legacy.xml"/> -->
        </databaseChangeLog>
        """);
    MasterChangeLog read = MasterChangeLog.read(master);
    assertEquals(1, read.entries().size());
    assertEquals(new MasterChangeLog.Entry(true, "changes/", true, 20, 83, 40, 48), read.last().orElseThrow());
  }
}
