package dev.integrity.core.migrate;

/**
 * One changeSet of the changelog by its identity ({@code id}, {@code author}, {@code file}, as
 * {@code databasechangelog} records it) and the checksum of its current text: what a kept migrated state is
 * judged by.
 */
public record ChangeSetChecksum(String id, String author, String file, String checksum, boolean runOnChange) {

  boolean sameChangeSet(ChangeSetChecksum other) {
    return id.equals(other.id) && author.equals(other.author) && file.equals(other.file);
  }

  @Override
  public String toString() {
    return file + "::" + id + "::" + author;
  }
}
