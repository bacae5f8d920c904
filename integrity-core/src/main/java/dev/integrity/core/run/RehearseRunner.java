package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.LiquibaseTool;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.rehearse.Rehearsal;
import dev.integrity.core.rehearse.RehearsalBase;
import dev.integrity.core.since.Since;
import dev.integrity.core.rehearse.RehearsalReport;
import dev.integrity.core.rehearse.RehearsalResult;

/** Goal {@code rehearse} (and {@code verify} with {@code rehearse}): the entity model plays no part. */
public final class RehearseRunner {

  private RehearseRunner() {}

  /** Runs the rehearsal alone, writes {@code rehearsal.json} and returns the result. */
  public static RehearsalResult rehearse(VerifyRequest request, Log log) {
    MigrationTool tool = MigrationLookup.tool(request, log);
    tool.requireRehearsal();
    try (Workspace workspace = Workspace.open(request, tool)) {
      RehearsalResult result = rehearse(workspace, workspace.server(log), new CatalogReader(request.schemas()), log);
      RehearsalReport.write(request.outputDirectory(), result);
      return result;
    }
  }

  static RehearsalResult rehearse(Workspace workspace, DatabaseServer server, CatalogReader reader, Log log) {
    LiquibaseTool liquibase = workspace.tool().requireRehearsal();
    VerifyRequest request = workspace.request();
    return new Rehearsal(server, liquibase.migrator(workspace.migrations()), new ChangeSetLocator(request.changeLogSearchRoots()), reader, log)
        .rehearse(liquibase.changeLog(), LiquibaseTool.options(workspace.migrations(), Log.SILENT), RehearsalBase.since(Since.parse(request.since()), request.snapshotFile(),
            ref -> NewChangeSetObservation.atGitRef(workspace, ref)),
            request.rehearseRows());
  }
}
