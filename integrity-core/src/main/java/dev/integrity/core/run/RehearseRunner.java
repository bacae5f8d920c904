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
import dev.integrity.core.rehearse.RehearsalReport;
import dev.integrity.core.rehearse.RehearsalResult;
import dev.integrity.core.since.Base;
import dev.integrity.core.since.NewChangeSets;
import dev.integrity.core.since.Since;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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
        .rehearse(liquibase.changeLog(), LiquibaseTool.options(workspace.migrations(), Log.SILENT), base(Since.parse(request.since()), request.snapshotFile(),
            ref -> NewChangeSetObservation.atGitRef(workspace, ref)),
            request.rehearseRows());
  }

  /**
   * The changeSets {@code since} makes new (see {@link Base}: a changeSet, the snapshot's history, a git ref). With no
   * {@code since} and nothing the default base makes new, the last changeSet is the new one: a rehearsal asked for
   * always applies something.
   */
  public static RehearsalBase base(Since since, Path snapshotFile, Function<String, List<String>> atGitRef) {
    return changeSets -> {
      NewChangeSets fresh = Base.resolve(since, changeSets, snapshotFile, atGitRef);
      if (fresh.isEmpty()) {
        return since.kind() == Since.Kind.DEFAULT ? Math.max(0, changeSets.size() - 1) : changeSets.size();
      }
      return changeSets.indexOf(fresh.keys().get(0));
    };
  }
}
