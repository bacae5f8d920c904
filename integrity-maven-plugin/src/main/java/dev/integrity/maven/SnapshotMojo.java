package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.snapshot.SnapshotResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes the schema the migrations produce, as canonical JSON with its SHA-256, to {@code snapshotFile}. */
@Mojo(name = "snapshot", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SnapshotMojo extends AbstractIntegrityMojo {

  @Override
  protected boolean exportsModel() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException {
    SnapshotResult result = Integrity.snapshot(verifyRequest(failOn()), log());
    getLog().info("Schema snapshot " + (result.changed() ? "written" : "unchanged") + ": " + result.file() + " (sha256 " + result.sha256() + ")");
  }
}
