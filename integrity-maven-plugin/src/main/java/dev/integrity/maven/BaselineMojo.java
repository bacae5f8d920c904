package dev.integrity.maven;

import dev.integrity.core.Integrity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the same pipeline as {@code verify} and writes today's differences to {@code baselineFile}: accepted,
 * so that {@code verify} then fails only on new or changed ones (docs/baseline.md). Never fails the build on
 * differences. Compiles the project first, so that {@code mvn integrity:baseline} works on its own.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class BaselineMojo extends AbstractIntegrityMojo {

  @Override
  protected void run() throws MojoExecutionException {
    getLog().info(Integrity.baseline(verifyRequest(failOn()), log()).line());
  }
}
