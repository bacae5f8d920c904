package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.rollback.RollbackReport;
import dev.integrity.core.rollback.RollbackResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the Liquibase changelog to a disposable database one changeSet at a time, rolls it back one
 * changeSet at a time and applies it again, and fails when a changeSet's rollback is missing, fails, or
 * does not give back exactly the schema from before it. Writes {@code rollback-test.json}.
 */
@Mojo(name = "rollback-test", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RollbackTestMojo extends AbstractIntegrityMojo {

  @Override
  protected boolean exportsModel() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    RollbackResult result = Integrity.rollbackTest(verifyRequest(failOn()), log());
    List<String> lines = RollbackReport.lines(result);
    lines.forEach(line -> {
      if (result.failed()) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    });
    if (result.failed()) {
      throw new MojoFailureException(String.join("\n", lines)
          + "\nAdd or correct the <rollback> of each changeSet named above; see docs/rollback-test.md.");
    }
  }
}
