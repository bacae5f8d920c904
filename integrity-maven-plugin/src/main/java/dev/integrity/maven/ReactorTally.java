package dev.integrity.maven;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * How many modules of a multi-module build the plugin checked, so that the last module to run it can say
 * when none was: a build that skips every module passes without having checked anything.
 */
final class ReactorTally {

  private static final Map<String, AtomicInteger> CHECKED = new ConcurrentHashMap<>();

  private ReactorTally() {}

  static void checked(MavenSession session) {
    CHECKED.computeIfAbsent(BuildServers.buildId(session), id -> new AtomicInteger()).incrementAndGet();
  }

  /** The modules of the build that depend on {@code project}: where its entities are checked when it is skipped. */
  static List<String> dependents(MavenSession session, MavenProject project) {
    return session.getProjects().stream()
        .filter(p -> p != project && p.getDependencies().stream()
            .anyMatch(d -> d.getGroupId().equals(project.getGroupId()) && d.getArtifactId().equals(project.getArtifactId())))
        .map(MavenProject::getArtifactId)
        .toList();
  }

  /** The warning to end the build with, when {@code project} is the last module to run the plugin and none was checked. */
  static java.util.Optional<String> endOfBuildWarning(MavenSession session, MavenProject project) {
    List<MavenProject> running = session.getProjects().stream().filter(p -> !"pom".equals(p.getPackaging())).toList();
    if (running.isEmpty() || running.get(running.size() - 1) != project) {
      return java.util.Optional.empty();
    }
    AtomicInteger checked = CHECKED.remove(BuildServers.buildId(session));
    return checked != null && checked.get() > 0 ? java.util.Optional.empty()
        : java.util.Optional.of("integrity: no module of this build was checked: every module was skipped (the reasons are above)."
            + " Nothing was compared; point <changeLogFile> (or <flywayLocations>, <packages>) at the migrations and entities of the module to check.");
  }
}
