package dev.integrity.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.api.WriteRequest;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's purchase_order.remark holds rows and the entity calls the column note. Written into a Spring
 * Boot style project and applied to a real PostgreSQL: confirmed, the migration renames and the rows stay
 * in note; unconfirmed, it copies remark into its backup, drops it and adds note. Either way {@code verify}
 * passes right after.
 */
class WrittenRenameTest {

  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/write/rename");

  private static DatabaseServer server;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aConfirmedRenameKeepsTheRows(@TempDir Path project) throws Exception {
    Path resources = copyFixture(project);
    VerifyResult diff = Integrity.diff(request(project, new WriteRequest("rename note", List.of("purchase_order.remark:note"), false, false, false)),
        TestProjects.STDOUT);

    Path written = resources.resolve("db/changelog/changes/002-rename-note.yaml");
    String yaml = Files.readString(written);
    assertTrue(yaml.contains("renameColumn"), yaml);
    assertFalse(yaml.contains("dropColumn"), yaml);
    assertTrue(yaml.contains("id: '3'") || yaml.contains("id: \"3\"") || yaml.contains("id: 3"), yaml);
    assertTrue(Files.readString(resources.resolve("db/changelog/db.changelog-master.yaml")).endsWith("""
          - include:
              file: changes/002-rename-note.yaml
              relativeToChangelogFile: true
        """));
    assertTrue(diff.summary().contains("Migration written: " + written + " (included from " + resources.resolve("db/changelog/db.changelog-master.yaml")
        + " after the last include)"), String.join("\n", diff.summary()));
    assertTrue(diff.summary().stream().anyMatch(l -> l.matches("  \\+ 1\\. rename column purchase_order remark to note")), String.join("\n", diff.summary()));

    assertEquals(List.of(), Integrity.verify(request(project, null), TestProjects.STDOUT).differences());
    assertEquals(List.of("1 leave at the door", "2 gift wrap"), migratedRows(resources, "SELECT id, note FROM purchase_order ORDER BY id"));
  }

  @Test
  void unconfirmedTheMigrationDropsAndAddsWithTheBackup(@TempDir Path project) throws Exception {
    Path resources = copyFixture(project);
    VerifyResult diff = Integrity.diff(request(project, new WriteRequest("note", List.of(), false, false, false)), TestProjects.STDOUT);

    String yaml = Files.readString(resources.resolve("db/changelog/changes/002-note.yaml"));
    assertTrue(yaml.contains("dropColumn") && yaml.contains("addColumn") && yaml.contains("integrity_backup_purchase_order_remark"), yaml);
    assertFalse(yaml.contains("- renameColumn:"), yaml);
    assertTrue(diff.summary().stream().anyMatch(l -> l.startsWith("Rename hint not taken: purchase_order.remark to purchase_order.note (not confirmed;")),
        String.join("\n", diff.summary()));
    assertTrue(diff.summary().stream().anyMatch(l -> l.matches("  ! \\d\\. drop column purchase_order remark   \\[destructive: review it]")),
        String.join("\n", diff.summary()));

    assertEquals(List.of(), Integrity.verify(request(project, null), TestProjects.STDOUT).differences());
    assertEquals(List.of("1 leave at the door", "2 gift wrap"),
        migratedRows(resources, "SELECT id, remark FROM integrity_backup_purchase_order_remark ORDER BY id"));
    assertEquals(List.of("1 null", "2 null"), migratedRows(resources, "SELECT id, note FROM purchase_order ORDER BY id"));
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndBadRenamesNameTheEntry(@TempDir Path project) throws Exception {
    Path resources = copyFixture(project);
    Path master = resources.resolve("db/changelog/db.changelog-master.yaml");
    // a master without includes: the migration is note.yaml beside it, which is there already
    Files.copy(resources.resolve("db/changelog/changes/001-create-shop.yaml"), master, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(resources.resolve("db/changelog/note.yaml"), "databaseChangeLog: []\n");
    IntegrityException exists = assertThrows(IntegrityException.class,
        () -> Integrity.diff(request(project, new WriteRequest("note", List.of(), false, false, false)), TestProjects.STDOUT));
    assertTrue(exists.getMessage().startsWith("will not overwrite "), exists.getMessage());

    IntegrityException unknown = assertThrows(IntegrityException.class, () -> Integrity.diff(
        request(project, new WriteRequest("x", List.of("purchase_order.comment:note"), false, false, false)), TestProjects.STDOUT));
    assertEquals("<renames> entry 'purchase_order.comment:note': purchase_order.comment is not a column the migrations have and the model"
        + " lacks (no EXTRA_COLUMN difference)", unknown.getMessage());
  }

  private static VerifyRequest request(Path project, WriteRequest write) {
    Path resources = project.resolve("src/main/resources");
    return VerifyRequest.builder()
        .baseDir(project)
        .changeLogFile(resources.resolve("db/changelog/db.changelog-master.yaml"))
        .changeLogSearchRoots(List.of(resources))
        .model(TestProjects.model("dev.integrity.core.fixtures.shop"))
        .database(Providers.settings("embedded"))
        .outputDirectory(project.resolve("target/integrity"))
        .cache(false)
        .write(write)
        .build();
  }

  private static Path copyFixture(Path project) throws IOException {
    Path resources = project.resolve("src/main/resources");
    Path target = resources.resolve("db/changelog");
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(FIXTURE.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return resources;
  }

  /** The project's migrations, as written, applied to a fresh database; then {@code sql}'s first two columns. */
  private static List<String> migratedRows(Path resources, String sql) throws SQLException {
    Database database = server.createDatabase("written");
    try (Connection connection = database.connect()) {
      new LiquibaseMigrator(List.of(resources), WrittenRenameTest.class.getClassLoader())
          .update(resources.resolve("db/changelog/db.changelog-master.yaml"), connection);
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
        while (row.next()) {
          rows.add(row.getString(1) + " " + row.getString(2));
        }
      }
      return rows;
    } finally {
      server.dropDatabase(database);
    }
  }
}
