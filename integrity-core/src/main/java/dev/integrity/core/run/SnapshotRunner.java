package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.snapshot.SchemaSnapshot;
import dev.integrity.core.snapshot.SnapshotResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Goal {@code snapshot}, and the staleness check of the snapshot that {@code verify} does: no model is exported. */
public final class SnapshotRunner {

  private SnapshotRunner() {}

  /** Writes the migrated schema (database A) to {@code snapshotFile}. */
  public static SnapshotResult snapshot(VerifyRequest request, Log log) {
    Path file = request.snapshotFile();
    if (file == null) {
      throw new IntegrityException("<snapshotFile> is not set; name the file the schema snapshot goes to.");
    }
    try (Workspace workspace = Workspace.open(request, MigrationLookup.tool(request, Log.SILENT))) {
      Schema schema = workspace.migratedSchema(workspace.server(log));
      String before = Files.isRegularFile(file) ? readText(file) : null;
      List<String> changeSets = workspace.tool().expectedHistory(workspace.migrations())
          .map(entries -> entries.stream().map(ChangeSetEntry::key).toList()).orElse(List.of());
      SchemaSnapshot.write(file, schema, changeSets);
      return new SnapshotResult(file, SchemaSnapshot.sha256(schema), !SchemaSnapshot.text(schema, changeSets).equals(before));
    }
  }

  /** The schema the migrations produce, in the request's schemas, migrated on {@code server} (which stays up). */
  public static Schema migratedSchema(VerifyRequest request, DatabaseServer server) {
    try (Workspace workspace = Workspace.open(request, MigrationLookup.tool(request, Log.SILENT))) {
      return workspace.migratedSchema(server);
    }
  }

  /** Why the snapshot file no longer matches the migrated schema, or null when it matches or there is none. */
  static String staleSnapshot(VerifyRequest request, Schema migrated) {
    Path file = request.snapshotFile();
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    String current = SchemaSnapshot.sha256(migrated);
    String recorded = SchemaSnapshot.recordedHash(file);
    return current.equals(recorded) ? null
        : "the schema snapshot " + file + " (sha256 " + recorded + ") no longer matches the migrated schema (sha256 " + current
            + "); run `" + SchemaSnapshot.REFRESH_COMMAND + "` to refresh it and commit the file";
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IntegrityException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
