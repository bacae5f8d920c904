package dev.integrity.core;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.baseline.BaselineFile;
import dev.integrity.core.baseline.BaselineResult;
import dev.integrity.core.baseline.BaselineSection;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.rehearse.RehearsalResult;
import dev.integrity.core.rollback.RollbackResult;
import dev.integrity.core.run.DriftRunner;
import dev.integrity.core.run.RehearseRunner;
import dev.integrity.core.run.RollbackTestRunner;
import dev.integrity.core.run.SnapshotRunner;
import dev.integrity.core.run.VerifyRunner;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.snapshot.SnapshotComparison;
import dev.integrity.core.snapshot.SnapshotComparisonResult;
import dev.integrity.core.snapshot.SnapshotResult;
import java.nio.file.Path;

/**
 * The core's entry point, one method per goal, each handing over to that goal's runner in {@code run}
 * (see docs/ARCHITECTURE.md). A new goal is one more runner and one more method here.
 */
public final class Integrity {

  private Integrity() {}

  /** Goal {@code verify}: the migrated schema against the entity model, linted, reported, the fix written. */
  public static VerifyResult verify(VerifyRequest request, Log log) {
    return VerifyRunner.verify(request, log);
  }

  /** Goal {@code diff}: as {@link #verify}, and the summary says how to include the fix; the caller never fails on differences. */
  public static VerifyResult diff(VerifyRequest request, Log log) {
    return VerifyRunner.diff(request, log);
  }

  /** Goal {@code drift}: a live database, read only, against the migrations or their snapshot. */
  public static DriftResult drift(DriftRequest request, Log log) {
    return DriftRunner.drift(request, log);
  }

  /** Goal {@code drift} with {@code writeBaseline}: the drift check as usual, its differences written to the baseline file's {@code drift} entries. */
  public static BaselineResult driftBaseline(DriftRequest request, Log log) {
    return BaselineFile.write(request.project().baselineFile(), BaselineSection.DRIFT, drift(request, log).baseline().all());
  }

  /** Goal {@code snapshot}: writes the migrated schema to {@code snapshotFile}; no model is exported. */
  public static SnapshotResult snapshot(VerifyRequest request, Log log) {
    return SnapshotRunner.snapshot(request, log);
  }

  /** Goal {@code compare-snapshots}: two snapshot files compared exactly and reported; no database, no class loader. */
  public static SnapshotComparisonResult compareSnapshots(VerifyRequest request, Path expected, Path actual, Log log) {
    return SnapshotComparison.compare(request, expected, actual, log);
  }

  /** Goal {@code rollback-test}: writes {@code rollback-test.json} and returns the result; the entity model plays no part. */
  public static RollbackResult rollbackTest(VerifyRequest request, Log log) {
    return RollbackTestRunner.rollbackTest(request, log);
  }

  /** Goal {@code rehearse}: the new changeSets applied over synthetic rows; writes {@code rehearsal.json}; the entity model plays no part. */
  public static RehearsalResult rehearse(VerifyRequest request, Log log) {
    return RehearseRunner.rehearse(request, log);
  }

  /** The schema the migrations produce, in the request's schemas: applied to a scratch database of {@code server}, read, dropped. */
  public static Schema migratedSchema(VerifyRequest request, DatabaseServer server) {
    return SnapshotRunner.migratedSchema(request, server);
  }

  /** Goal {@code baseline}: today's differences (after ignore rules), accepted or not before, written to the baseline file. */
  public static BaselineResult baseline(VerifyRequest request, Log log) {
    return BaselineFile.write(request.baselineFile(), BaselineSection.VERIFY, verify(request, log).baseline().all());
  }
}
