package dev.integrity.maven;

import dev.integrity.core.model.EntitySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The dependencies of a module that belong to the application: the modules of the same reactor build and
 * the artifacts of the module's own groupId. Their classes are scanned for entities (unless {@code
 * <packages>} is set: then every classpath entry is, within those packages), and a reactor module's
 * resource directories and sources are searched for the changelog and for the entities' source files.
 * Library jars (Envers, Spring Batch, …) hold mapped classes the application may not use, so they are not
 * scanned unless {@code <packages>} names them.
 */
final class ModuleDependencies {

  private final MavenProject project;
  private final List<Artifact> owned = new ArrayList<>();
  private final Map<Artifact, MavenProject> reactor = new LinkedHashMap<>();

  ModuleDependencies(MavenProject project, MavenSession session) {
    this.project = project;
    Map<String, MavenProject> modules = new LinkedHashMap<>();
    session.getProjects().forEach(module -> modules.put(module.getGroupId() + ":" + module.getArtifactId(), module));
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() == null) {
        continue;
      }
      MavenProject module = modules.get(artifact.getGroupId() + ":" + artifact.getArtifactId());
      if (module != null && module != project) {
        reactor.put(artifact, module);
        owned.add(artifact);
      } else if (artifact.getGroupId().equals(project.getGroupId())) {
        owned.add(artifact);
      }
    }
  }

  /** The module's own output, then its owned dependencies; with {@code packages}, the whole runtime classpath. */
  List<EntitySource> entitySources(Path output, List<String> packages) {
    List<EntitySource> sources = new ArrayList<>();
    sources.add(new EntitySource(project.getArtifactId() + " (this module)", output));
    List<Artifact> scanned = packages.isEmpty() ? owned : project.getArtifacts().stream().filter(a -> a.getFile() != null).toList();
    for (Artifact artifact : scanned) {
      String kind = reactor.containsKey(artifact) ? "reactor module"
          : artifact.getGroupId().equals(project.getGroupId()) ? "same groupId" : artifact.getGroupId();
      sources.add(new EntitySource(artifact.getArtifactId() + " (" + kind + ")", artifact.getFile().toPath()));
    }
    return sources;
  }

  /** The resource directories of the reactor modules the module depends on, where a changelog they hold is read. */
  List<Path> resourceDirectories() {
    List<Path> directories = new ArrayList<>();
    for (MavenProject module : reactor.values()) {
      for (Resource resource : module.getResources()) {
        Path directory = module.getBasedir().toPath().resolve(resource.getDirectory());
        if (Files.isDirectory(directory)) {
          directories.add(directory);
        }
      }
    }
    return directories;
  }

  /** The source roots of those modules, where the report finds an entity's file and line. */
  List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>();
    reactor.values().forEach(module -> module.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root))));
    return roots;
  }
}
