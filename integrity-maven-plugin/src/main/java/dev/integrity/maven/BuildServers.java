package dev.integrity.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * What the core needs to share one database server among the modules of a build: an id of this build
 * and how many of its modules will run the plugin. Counting too many only keeps the server until Maven
 * exits; counting too few only starts a second one.
 */
final class BuildServers {

  static final String PLUGIN_KEY = "dev.integrity:integrity-maven-plugin";

  private BuildServers() {}

  static String buildId(MavenSession session) {
    return session.getRequest().getStartTime().getTime() + "-" + System.identityHashCode(session.getRequest());
  }

  static int users(MavenSession session) {
    boolean fromCommandLine = session.getGoals().stream().anyMatch(goal -> goal.startsWith("integrity:") || goal.startsWith(PLUGIN_KEY));
    List<MavenProject> projects = session.getProjects();
    return (int) projects.stream()
        .filter(project -> !"pom".equals(project.getPackaging()))
        .filter(project -> fromCommandLine || declaresPlugin(project))
        .count();
  }

  private static boolean declaresPlugin(MavenProject project) {
    for (Plugin plugin : project.getBuildPlugins()) {
      if (PLUGIN_KEY.equals(plugin.getKey()) && !plugin.getExecutions().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
