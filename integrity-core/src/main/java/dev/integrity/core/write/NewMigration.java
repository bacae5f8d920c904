package dev.integrity.core.write;

import dev.integrity.core.changelog.ChangeLogFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import liquibase.changelog.ChangeSet;

/**
 * The fix as the project's next migration, for the migration tool to write in its own form.
 *
 * @param baseDir the project's directory: nothing is written outside it nor under its {@code target}
 * @param searchRoots the project's resource folders, where the tool's locations and includes resolve
 * @param steps the changeSets, with the fix's readable ids
 * @param name what the developer named the migration ({@code "add invoice note"})
 * @param format the changelog format the user chose, or null to follow the project
 * @param additive the steps only create and add (no drop, no rename)
 */
public record NewMigration(Path baseDir, List<Path> searchRoots, List<ChangeSet> steps, String name, ChangeLogFormat format, boolean additive,
    Instant now) {

  public NewMigration {
    searchRoots = List.copyOf(searchRoots);
    steps = List.copyOf(steps);
  }
}
