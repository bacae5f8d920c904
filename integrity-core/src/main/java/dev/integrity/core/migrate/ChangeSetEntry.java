package dev.integrity.core.migrate;

import java.util.function.Predicate;

/**
 * One changeSet of a changelog as {@code databasechangelog} records it: id, author, file path; {@code
 * checksumValid} answers, the way Liquibase's validation does (any checksum version, {@code
 * <validCheckSum>} included), whether a stored checksum still matches the changeSet.
 */
public record ChangeSetEntry(String id, String author, String file, boolean runOnChange, Predicate<String> checksumValid) {

  /** How {@code since}, the rollback test and the observer name a changeSet: {@code file::id::author}. */
  public static String key(String file, String id, String author) {
    return file + "::" + id + "::" + author;
  }

  public String key() {
    return key(file, id, author);
  }

  /** True when {@code stored} (a {@code databasechangelog.md5sum}, null after a clearCheckSums) matches this changeSet. */
  public boolean accepts(String stored) {
    return stored == null || runOnChange || checksumValid.test(stored);
  }
}
