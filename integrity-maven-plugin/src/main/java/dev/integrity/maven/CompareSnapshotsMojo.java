package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.snapshot.SnapshotComparisonResult;
import dev.integrity.core.api.VerifyRequest;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two schema snapshot files written by {@code snapshot} (for example before and after a release's
 * migrations) exactly, offline: no database is started and the project's classes are not loaded. Writes the
 * reports in {@code formats} and fails per {@code failOn}.
 */
@Mojo(name = "compare-snapshots", threadSafe = true)
public class CompareSnapshotsMojo extends AbstractIntegrityMojo {

  /** The reference snapshot: "missing" means in it but not in {@code actualSnapshot}. Default: {@code snapshotFile}. */
  @Parameter(property = "integrity.expectedSnapshot")
  private File expectedSnapshot;

  /** The snapshot judged against {@code expectedSnapshot}: "extra" means in it but not in the reference. */
  @Parameter(property = "integrity.actualSnapshot")
  private File actualSnapshot;

  @Override
  protected boolean exportsModel() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    if (actualSnapshot == null) {
      throw new MojoExecutionException("compare-snapshots needs <actualSnapshot> (-Dintegrity.actualSnapshot=after.json): the snapshot"
          + " compared with <expectedSnapshot> (default <snapshotFile>).");
    }
    VerifyRequest request = verifyRequest(failOn());
    Path expected = expectedSnapshot != null ? expectedSnapshot.toPath() : request.snapshotFile();
    SnapshotComparisonResult result = Integrity.compareSnapshots(request, expected, actualSnapshot.toPath(), log());
    logSummary(result.summary(), result.failed());
    if (result.failed()) {
      throw new MojoFailureException(failingDifferences(result.failing(), "between " + expected + " and " + actualSnapshot)
          + (result.report() == null ? "" : "\nReport: " + result.report()));
    }
  }
}
