package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.WriteRequest;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the same pipeline as {@code verify} and writes the fix changelog that makes the migrations match the
 * entity model, then says where it is and how to include it. Never fails the build on differences.
 * Compiles the project first, so that {@code mvn integrity:diff} works on its own. With {@code write}, the
 * fix also becomes the project's next migration file, in the project's own conventions (docs/fix-changelog.md).
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DiffMojo extends AbstractIntegrityMojo {

  /** Write the fix into the project as its next migration (and include it where the master lists its files). */
  @Parameter(property = IntegrityProperties.WRITE, defaultValue = "false")
  private boolean write;

  /** {@code write}: what the migration does, in words; it names the file ({@code add invoice note} → {@code 002-add-invoice-note.yaml}). */
  @Parameter(property = IntegrityProperties.NAME, defaultValue = WriteRequest.DEFAULT_NAME)
  private String name;

  /** {@code write}: confirmed renames, {@code table.column:newColumn} or {@code table:newTable}, comma-separated; written as renames that keep the data. */
  @Parameter(property = IntegrityProperties.RENAMES)
  private List<String> renames;

  /** {@code write}: take every rename hint of the report as a rename. */
  @Parameter(property = IntegrityProperties.ACCEPT_RENAMES, defaultValue = "false")
  private boolean acceptRenames;

  @Override
  protected void run() throws MojoExecutionException {
    Integrity.diff(verifyRequest(failOn()), log()).summary().forEach(getLog()::info);
  }

  @Override
  protected WriteRequest writeRequest() {
    return write ? new WriteRequest(name, renames == null ? List.of() : renames, acceptRenames, configured("changeSetAuthor"), configured("changeLogFormat")) : null;
  }
}
