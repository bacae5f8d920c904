package dev.integrity.core.migrate;

import java.util.Map;
import java.util.Set;

/**
 * One changeSet of a changelog as {@code databasechangelog} records it: id, author, file path, and its
 * checksum in each version Liquibase may have stored ({@code 8:...}, {@code 9:...}); {@code validChecksums}
 * are those its {@code <validCheckSum>} elements accept ({@code ANY} included).
 */
public record ChangeSetEntry(String id, String author, String file, boolean runOnChange, Map<Integer, String> checksums,
    Set<String> validChecksums) {

  public ChangeSetEntry {
    checksums = Map.copyOf(checksums);
    validChecksums = Set.copyOf(validChecksums);
  }

  /** True when {@code stored} (a {@code databasechangelog.md5sum}, null after a clearCheckSums) matches this changeSet. */
  public boolean accepts(String stored) {
    if (stored == null || runOnChange || validChecksums.contains(stored) || validChecksums.stream().anyMatch("ANY"::equalsIgnoreCase)) {
      return true;
    }
    int colon = stored.indexOf(':');
    String current = colon < 0 ? null : checksums.get(Integer.parseInt(stored.substring(0, colon)));
    return current == null || current.equals(stored);
  }

  /** {@code file::id::author}, as Liquibase names a changeSet. */
  public String key() {
    return file + "::" + id + "::" + author;
  }
}
