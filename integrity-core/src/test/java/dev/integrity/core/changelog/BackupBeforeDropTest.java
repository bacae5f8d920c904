package dev.integrity.core.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.Providers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix that drops a table and a column holding data, applied to a real PostgreSQL: the data is in the
 * backup tables afterwards, with the primary key, and the backups are not reported as differences.
 */
class BackupBeforeDropTest {

  private static final Path ROOT = Path.of("src/test/resources");
  private static final CatalogReader READER = new CatalogReader(List.of("public"));

  private static DatabaseServer server;
  private Database migrated;
  private Database model;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Database A holds the shop, an extra table and an extra column, both with rows; database B the shop alone. */
  @BeforeEach
  void databases() throws SQLException {
    migrated = server.createDatabase("backup_a");
    model = server.createDatabase("backup_b");
    migrate(ROOT, "fixtures/backup/migrated.xml", migrated);
    migrate(ROOT, "fixtures/shop/clean.xml", model);
  }

  @Test
  void droppedTableAndColumnAreCopiedFirst(@TempDir Path out) throws Exception {
    Schema before = read(migrated);
    List<Difference> differences = Differ.diff(read(model), before, Origins.none(), ComparePolicy.MODEL_VS_MIGRATIONS);
    assertEquals(List.of("EXTRA_TABLE audit_entry", "EXTRA_COLUMN customer"),
        differences.stream().map(d -> d.kind() + " " + d.table()).sorted((a, b) -> b.compareTo(a)).toList());

    ChangelogWriter.Written written = ChangelogWriter.write(differences, out, ChangeLogFormat.XML, "integrity", BackupBeforeDrop.of(before), LockSafeFix.ON);
    String xml = Files.readString(written.file());
    assertTrue(xml.indexOf("backup-drop-table-audit_entry") < xml.indexOf("id=\"drop-table-audit_entry\""), xml);
    assertTrue(xml.contains("The data is copied into public.integrity_backup_audit_entry first (changeSet backup-drop-table-audit_entry)"), xml);
    assertEquals(2, written.destructive());
    migrate(out, written.file().getFileName().toString(), migrated);

    assertEquals(List.of(), Differ.diff(read(model), read(migrated), Origins.none(), ComparePolicy.MODEL_VS_MIGRATIONS));
    assertEquals(List.of("1 created", "2 updated"), rows(migrated, "SELECT id, what FROM integrity_backup_audit_entry ORDER BY id"));
    assertEquals(List.of("1 A-1", "2 B-2"), rows(migrated, "SELECT id, legacy_code FROM integrity_backup_customer_legacy_code ORDER BY id"));
    assertEquals(List.of("integrity_backup_audit_entry id", "integrity_backup_customer_legacy_code id"), rows(migrated,
        "SELECT c.conrelid::regclass, a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
            + " WHERE c.contype = 'p' AND c.conrelid::regclass::text LIKE 'integrity_backup_%' ORDER BY c.conrelid::regclass::text"));
  }

  @Test
  void withoutBackupsTheDropsStandAlone(@TempDir Path out) throws Exception {
    List<Difference> differences = Differ.diff(read(model), read(migrated), Origins.none(), ComparePolicy.MODEL_VS_MIGRATIONS);
    String xml = Files.readString(ChangelogWriter.write(differences, out, ChangeLogFormat.XML, "integrity", BackupBeforeDrop.OFF, LockSafeFix.ON).file());
    assertFalse(xml.contains("integrity_backup"), xml);
  }

  private static void migrate(Path root, String changeLog, Database database) throws SQLException {
    try (Connection connection = database.connect()) {
      new LiquibaseMigrator(List.of(root), BackupBeforeDropTest.class.getClassLoader()).update(root.resolve(changeLog), connection);
    }
  }

  private static Schema read(Database database) throws SQLException {
    try (Connection connection = database.connect()) {
      return READER.read(connection);
    }
  }

  private static List<String> rows(Database database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        rows.add(row.getString(1) + " " + row.getString(2));
      }
    }
    return rows;
  }
}
