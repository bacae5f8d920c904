package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.diff.Change;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationTool;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import liquibase.changelog.ChangeSet;

/**
 * {@code integrity:diff -Dintegrity.write=true}: the fix written into the project as its next migration
 * (Liquibase: {@link LiquibaseMigration}; Flyway: {@link FlywayMigration}), confirmed renames made renames
 * ({@link Renames}), and the console lines that list what the new file does.
 */
public final class ProjectMigration {

  private ProjectMigration() {}

  /** Writes the migration for {@code differences} and returns what to print; nothing is written when there is nothing to fix. */
  public static List<String> write(VerifyRequest request, WriteRequest write, List<Difference> differences, BackupBeforeDrop backup,
      MigrationTool tool, MigrationContext context) {
    if (!Difference.anyFix(differences)) {
      return List.of(differences.isEmpty() ? "Nothing to fix: no migration written."
          : "Nothing a migration step can fix (a view's query changes only by its author): no migration written.");
    }
    Path base = request.baseDir().toAbsolutePath().normalize();
    Path master = tool.changeLog();
    Path source = master == null ? base : master.toAbsolutePath().normalize();
    if (!source.startsWith(base) || source.startsWith(base.resolve("target"))) {
      throw new IntegrityException("the master changelog " + master + " is not among the project's sources under " + base
          + "; integrity:diff writes migrations only into the project itself (set <changeLogFile> to the source file)");
    }
    Renames.Plan plan = Renames.plan(differences, write.renames(), write.acceptRenames());
    String author = write.authorSet() ? request.changeSetAuthor() : GitAuthor.of(request.baseDir()).orElse("integrity");
    List<ChangeSet> steps = new ArrayList<>();
    plan.renames().forEach(rename -> steps.add(rename.changeSet(author)));
    steps.addAll(ChangelogWriter.changeSets(plan.differences(), author, "", backup));
    Instant now = Instant.now();
    List<String> lines = new ArrayList<>(plan.notes());
    if (master == null) {
      Path file = FlywayMigration.write(request.flyway().locations().get(0), request.baseDir(), request.changeLogSearchRoots(), steps, write.name(), now);
      lines.add("Migration written: " + file);
    } else {
      List<String> ids = tool.expectedHistory(context).orElse(List.of()).stream().map(ChangeSetEntry::id).toList();
      LiquibaseMigration.Written written = LiquibaseMigration.write(master, request.changeLogSearchRoots(), steps, ids, write.name(),
          write.formatSet() ? request.changeLogFormat() : null, additive(plan), now);
      lines.add("Migration written: " + written.file() + " (" + written.included() + ")");
    }
    lines.add("It does, in order (! marks steps that drop or narrow something):");
    lines.addAll(ReviewLines.lines(steps));
    lines.add("Review it, run `mvn verify` (it passes with this migration) and commit it.");
    return lines;
  }

  /** Whether the migration only creates and adds: no drop, no rename. */
  private static boolean additive(Renames.Plan plan) {
    return plan.renames().isEmpty() && plan.differences().stream().flatMap(d -> d.fix().stream()).map(Change::phase)
        .noneMatch(Change.Phase::drops);
  }
}
