package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.rehearse.RehearsalReport;
import dev.integrity.core.rehearse.RehearsalResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the changeSets up to {@code since} to a disposable database, fills every table with {@code rehearseRows}
 * synthetic rows, applies the new changeSets one at a time, and fails when the populated database refuses one.
 * Writes {@code rehearsal.json}.
 */
@Mojo(name = "rehearse", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RehearseMojo extends AbstractIntegrityMojo {

  @Override
  protected boolean exportsModel() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    RehearsalResult result = Integrity.rehearse(verifyRequest(failOn()), log());
    List<String> lines = RehearsalReport.lines(result);
    logSummary(lines, result.failed());
    if (result.failed()) {
      throw new MojoFailureException(String.join("\n", lines)
          + "\nMake the changeSet named above work on a populated table (a default, a backfill, a check before the constraint);"
          + " see docs/rehearse.md.");
    }
  }
}
