package dev.integrity.core.database;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.PruneType;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;

/**
 * Where Ryuk is disabled ({@code TESTCONTAINERS_RYUK_DISABLED=true}, common on CI), Testcontainers prunes its session's
 * containers, networks, volumes and images from a JVM shutdown hook. Maven has closed the plugin's class realm by then,
 * so each class the hook loads for the first time fails with a stack trace after BUILD SUCCESS. The hook's classes are
 * loaded here, while the realm is open, by the same prunes filtered to a label nothing carries.
 */
final class ExitCleanup {

  private static final String JVM_HOOK_REAPER = "org.testcontainers.utility.JVMHookResourceReaper";
  private static final String NOTHING = "dev.integrity.none=none";
  private static volatile boolean prepared;

  private ExitCleanup() {}

  static void prepare() {
    if (prepared || !ResourceReaper.instance().getClass().getName().equals(JVM_HOOK_REAPER)) {
      return;
    }
    try {
      Class.forName(JVM_HOOK_REAPER + "$1", true, ExitCleanup.class.getClassLoader());
      DockerClient client = DockerClientFactory.lazyClient();
      for (PruneType type : List.of(PruneType.NETWORKS, PruneType.VOLUMES, PruneType.IMAGES)) {
        client.pruneCmd(type).withLabelFilter(NOTHING).exec();
      }
      prepared = true;
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      // another Testcontainers version: its hook may print its own error at exit, nothing worse
    }
  }
}
