package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.LiquibaseTool;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.rollback.RollbackReport;
import dev.integrity.core.rollback.RollbackResult;
import dev.integrity.core.rollback.RollbackTester;

/** Goal {@code rollback-test} (and {@code verify} with {@code rollbackTest}): the entity model plays no part. */
public final class RollbackTestRunner {

  private RollbackTestRunner() {}

  /** Runs the rollback test alone, writes {@code rollback-test.json} and returns the result. */
  public static RollbackResult rollbackTest(VerifyRequest request, Log log) {
    MigrationTool tool = MigrationLookup.tool(request, log);
    tool.requireRollback();
    try (Workspace workspace = Workspace.open(request, tool)) {
      RollbackResult result = test(workspace, workspace.server(log), new CatalogReader(request.schemas()), log);
      RollbackReport.write(request.outputDirectory(), result);
      return result;
    }
  }

  static RollbackResult test(Workspace workspace, DatabaseServer server, CatalogReader reader, Log log) {
    LiquibaseTool liquibase = workspace.tool().requireRollback();
    return new RollbackTester(server, liquibase.migrator(workspace.migrations()),
        new ChangeSetLocator(workspace.request().changeLogSearchRoots()), reader, log).test(liquibase.changeLog());
  }
}
