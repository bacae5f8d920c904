package dev.integrity.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The plugin's own Hibernate, for projects that map entities without having Hibernate on their runtime
 * classpath: resolved with its dependencies as files, to be loaded only in the project's class loader.
 */
final class FallbackHibernate {

  private FallbackHibernate() {}

  /**
   * Whether the fallback is resolved: only for a goal that exports the entity model ({@code snapshot} and
   * {@code rollback-test} export none) of a project without a Hibernate of its own.
   */
  static boolean needed(boolean projectHasHibernate, boolean exportsModel) {
    return exportsModel && !projectHasHibernate;
  }

  /** True for Hibernate ORM (either group id) on the project's runtime classpath. */
  static boolean isHibernateCore(Artifact artifact) {
    return "hibernate-core".equals(artifact.getArtifactId())
        && ("org.hibernate.orm".equals(artifact.getGroupId()) || "org.hibernate".equals(artifact.getGroupId()))
        && !Artifact.SCOPE_TEST.equals(artifact.getScope());
  }

  /** Hibernate 6 for entities mapped with jakarta.persistence, 5.6 for javax.persistence (which 6 no longer reads). */
  static String coordinates(boolean javax) throws MojoExecutionException {
    try (InputStream in = FallbackHibernate.class.getResourceAsStream("plugin.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(javax ? "fallbackHibernateJavax" : "fallbackHibernate");
    } catch (IOException | NullPointerException e) {
      throw new MojoExecutionException("the plugin's build is broken: plugin.properties is missing", e);
    }
  }

  static List<Path> resolve(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories, boolean javax)
      throws MojoExecutionException {
    String coordinates = coordinates(javax);
    CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"), repositories);
    try {
      return system.resolveDependencies(session, new DependencyRequest(collect, null)).getArtifactResults().stream()
          .map(ArtifactResult::getArtifact)
          .map(artifact -> artifact.getFile().toPath())
          .toList();
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("cannot resolve the plugin's own Hibernate (" + coordinates + ") for a project without one: "
          + e.getMessage() + ". Add " + coordinates.substring(0, coordinates.lastIndexOf(':')) + " to the project's dependencies.", e);
    }
  }
}
