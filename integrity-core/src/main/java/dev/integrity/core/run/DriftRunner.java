package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.drift.DriftCheck;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.drift.ExpectedSchema;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.report.Timings;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.snapshot.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Goal {@code drift}: builds what the live database is expected to be (the snapshot, or the migrations
 * applied to a disposable database, plus the entity model when data is checked), then hands it to {@link
 * DriftCheck}, which reads the live database. The disposable server is stopped before the live database is read.
 */
public final class DriftRunner {

  private DriftRunner() {}

  public static DriftResult drift(DriftRequest request, Log log) {
    VerifyRequest project = request.project();
    Timings timings = new Timings();
    long start = System.nanoTime();
    MigrationTool tool = MigrationLookup.tool(project, Log.SILENT);
    Optional<List<ChangeSetEntry>> history;
    ExpectedSchema expected;
    try (Workspace workspace = Workspace.open(project, tool)) {
      history = tool.expectedHistory(workspace.migrations());
      expected = expected(workspace, request, log);
    }
    timings.record("expected schema", start);
    return DriftCheck.run(request, expected, tool, history, timings, log);
  }

  private static ExpectedSchema expected(Workspace workspace, DriftRequest request, Log log) {
    VerifyRequest project = request.project();
    Path snapshot = project.snapshotFile();
    boolean hasSnapshot = snapshot != null && Files.isRegularFile(snapshot);
    if (hasSnapshot && !request.checkData()) {
      log.info("Expected schema: the snapshot " + snapshot + " (no disposable database)");
      return new ExpectedSchema(SchemaSnapshot.read(snapshot), true, null, Origins.none());
    }
    DatabaseServer server = workspace.server(log);
    Schema schema;
    if (hasSnapshot) {
      log.info("Expected schema: the snapshot " + snapshot);
      schema = SchemaSnapshot.read(snapshot);
    } else {
      log.info("Expected schema: the migrations, applied to a disposable database");
      schema = workspace.migratedSchema(server);
    }
    if (!request.checkData()) {
      return new ExpectedSchema(schema, hasSnapshot, null, Origins.none());
    }
    Database model = server.createDatabase(Workspace.MODEL);
    try {
      ModelResult result = ModelExporter.export(project.model(), model, schema.extensions(), log);
      return new ExpectedSchema(schema, hasSnapshot, Workspace.read(new CatalogReader(project.schemas()), model), result.origins());
    } finally {
      server.dropDatabase(model);
    }
  }
}
