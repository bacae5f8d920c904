package dev.integrity.core.api;

import java.util.List;

/**
 * {@code integrity:diff -Dintegrity.write=true}: write the fix into the project as its next migration.
 * {@code name} names the file ({@code "add invoice note"}); {@code renames} are the renames the developer
 * confirms, {@code table.column:newColumn} or {@code table:newTable}; {@code acceptRenames} confirms every
 * rename hint; {@code authorSet} and {@code formatSet} say whether the user set {@code changeSetAuthor}
 * and {@code changeLogFormat} (else git's {@code user.name}, or {@code integrity}, is the author, and the
 * project's format is followed).
 */
public record WriteRequest(String name, List<String> renames, boolean acceptRenames, boolean authorSet, boolean formatSet) {

  public static final String DEFAULT_NAME = "integrity fix";

  public WriteRequest {
    name = name == null || name.isBlank() ? DEFAULT_NAME : name.trim();
    renames = renames.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
  }
}
