package dev.integrity.core.database;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * The containers the plugin starts carry the label {@value #OWNER_LABEL}: the JVM that started them. A
 * container whose owner is gone is stale; the watchdog removes its owner's containers, the next start
 * the stale ones of any owner on this machine.
 */
final class OwnedContainers {

  static final String OWNER_LABEL = "dev.integrity.owner";

  private OwnedContainers() {}

  static Map<String, String> labels() {
    return Map.of(OWNER_LABEL, Owner.current().marker());
  }

  /** Removes the containers of owners that are gone; says which, one entry each. */
  static List<String> sweep() {
    List<String> removed = new ArrayList<>();
    try {
      DockerClient client = DockerClientFactory.instance().client();
      for (Container container : client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(OWNER_LABEL)).exec()) {
        Owner owner = Owner.parse(container.getLabels().get(OWNER_LABEL));
        if (owner != null && !owner.alive()) {
          remove(client, container.getId());
          removed.add("container " + container.getId().substring(0, 12) + " (build pid " + owner.pid() + " is gone)");
        }
      }
    } catch (RuntimeException e) {
      // best effort: a container another sweep removes at the same time is no failure of this build
    }
    return removed;
  }

  static void removeAllOf(Owner owner) {
    DockerClient client = DockerClientFactory.instance().client();
    for (Container container : client.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(OWNER_LABEL, owner.marker())).exec()) {
      remove(client, container.getId());
    }
  }

  private static void remove(DockerClient client, String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException gone) {
      // removed meanwhile
    }
  }
}
