package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.drift.DriftResult;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reads a live database (read only) and compares it with the migrations, or with {@code snapshotFile}
 * when it exists; checks its Liquibase history and, with {@code checkData}, its rows against the model.
 */
@Mojo(name = "drift", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DriftMojo extends AbstractIntegrityMojo {

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    DriftResult result = Integrity.drift(driftRequest(), log());
    result.summary().forEach(line -> {
      if (result.failed()) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    });
    if (result.failed()) {
      String list = result.failing().stream()
          .map(d -> "  " + d.severity() + " " + d.kind() + " " + d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column())
              + ": " + d.message())
          .collect(Collectors.joining("\n"));
      throw new MojoFailureException(result.failing().size() + " difference" + (result.failing().size() == 1 ? "" : "s")
          + " between the live database and the migrations (failOn=" + failOn() + "):\n" + list
          + (result.report() == null ? "" : "\nReport: " + result.report()) + "\nSee docs/drift.md for how to act on each kind.");
    }
  }
}
