package dev.integrity.core.migrate;

import java.util.List;

/**
 * What decides what a migration tool applies to a database: its {@code settings} (the tool's version, the
 * changelog's name, contexts, labels, parameters, schemas) and its {@code changeSets} in order with their
 * checksums. A kept migrated state is reused only under the same settings and while the changeSets only grew;
 * no changeSets means the tool's own validation judges the kept state (Flyway's).
 */
public record ChangeLogState(String settings, List<ChangeSetChecksum> changeSets) {

  public ChangeLogState {
    changeSets = List.copyOf(changeSets);
  }
}
