package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.WriteRequest;
import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.diff.Change;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.write.GitAuthor;
import dev.integrity.core.write.NewMigration;
import dev.integrity.core.write.Renames;
import dev.integrity.core.write.ReviewLines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import liquibase.changelog.ChangeSet;

/**
 * {@code integrity:diff -Dintegrity.write=true}: the fix written into the project as its next migration by the
 * migration tool ({@code MigrationTool.writeMigration}: Liquibase through {@code write/LiquibaseMigration}, Flyway through
 * {@code write/FlywayMigration}), confirmed renames made renames ({@link Renames}), and the console lines that list what the
 * new file does.
 */
final class ProjectMigration {

  private ProjectMigration() {}

  /** Writes the migration for {@code differences} and returns what to print; nothing is written when there is nothing to fix. */
  static List<String> write(VerifyRequest request, WriteRequest write, List<Difference> differences, BackupBeforeDrop backup,
      MigrationTool tool, MigrationContext context) {
    if (!Difference.anyFix(differences)) {
      return List.of(differences.isEmpty() ? "Nothing to fix: no migration written."
          : "Nothing a migration step can fix (a view's query changes only by its author): no migration written.");
    }
    Renames.Plan plan = Renames.plan(differences, write.renames(), write.acceptRenames());
    String author = write.authorSet() ? request.changeSetAuthor() : GitAuthor.of(request.baseDir()).orElse("integrity");
    List<ChangeSet> steps = new ArrayList<>();
    plan.renames().forEach(rename -> steps.add(rename.changeSet(author)));
    steps.addAll(ChangelogWriter.changeSets(plan.differences(), author, "", backup));
    List<String> lines = new ArrayList<>(plan.notes());
    lines.add(tool.writeMigration(new NewMigration(request.baseDir(), request.changeLogSearchRoots(), steps, write.name(),
        write.formatSet() ? request.changeLogFormat() : null, additive(plan), Instant.now()), context));
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
