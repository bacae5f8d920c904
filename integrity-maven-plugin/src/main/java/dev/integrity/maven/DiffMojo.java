package dev.integrity.maven;

import dev.integrity.core.Integrity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the same pipeline as {@code verify} and writes the fix changelog that makes the migrations match the
 * entity model, then says where it is and how to include it. Never fails the build on differences.
 * Compiles the project first, so that {@code mvn integrity:diff} works on its own.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DiffMojo extends AbstractIntegrityMojo {

  @Override
  protected void run() throws MojoExecutionException {
    Integrity.diff(verifyRequest(failOn()), log()).summary().forEach(getLog()::info);
  }
}
