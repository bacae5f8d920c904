package dev.integrity.core.run;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.drift.ReadOnlyConnection;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.ChangeSetSteps;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.migrate.LiquibaseTool;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.observe.ChangeSetObservation;
import dev.integrity.core.observe.Observer;
import dev.integrity.core.observe.TableSize;
import dev.integrity.core.since.Base;
import dev.integrity.core.since.GitTree;
import dev.integrity.core.since.NewChangeSets;
import dev.integrity.core.since.Since;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The new changeSets of a run ({@code since}) and what they were observed to do, for the rules that judge them; nothing
 * when no such rule runs, when nothing is new, or when the migrations cannot be stepped (Flyway's).
 */
final class NewChangeSetObservation {

  private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(30);

  private NewChangeSetObservation() {}

  /** {@code since} as the request gives it, with a git ref replaced by the commit it names now (the run cache keys on it). */
  static String pinned(String since, Path baseDir) {
    Since parsed = Since.parse(since);
    return parsed.kind() == Since.Kind.GIT ? "git:" + GitTree.commit(baseDir, parsed.value()) : since;
  }

  /** @param reader reads the base before the observer fills its tables with synthetic rows ({@code rehearseRows} each) */
  static List<ChangeSetObservation> observe(Workspace workspace, DatabaseServer server, CatalogReader reader, Log log) {
    if (workspace.request().lints().stream().noneMatch(LintRule::observes)) {
      return List.of();
    }
    // said only when the user named a base: a run that never asked for these rules stays quiet about them
    boolean asked = workspace.request().since() != null && !workspace.request().since().isBlank();
    Optional<ChangeSetSteps> steps = workspace.tool().steps(workspace.migrations());
    if (steps.isEmpty()) {
      if (asked) {
        log.info("Lock and rewrite rules: not run, they observe Liquibase changeSets and this project's migrations are "
            + workspace.tool().name() + "'s");
      }
      return List.of();
    }
    // the changeSets as this run's migration parsed them: the changelog is parsed once a run
    List<String> changeSets = workspace.changeSets().stream().filter(LiquibaseMigrator::runsOnPostgres)
        .map(c -> ChangeSetEntry.key(c.getFilePath(), c.getId(), c.getAuthor())).toList();
    NewChangeSets fresh = Base.resolve(Since.parse(workspace.request().since()), changeSets, workspace.request().snapshotFile(),
        ref -> atGitRef(workspace, ref));
    if (fresh.isEmpty()) {
      if (asked) {
        log.info("Lock and rewrite rules: no new changeSets (" + fresh.base() + ")");
      }
      return List.of();
    }
    log.info("Lock and rewrite rules: " + fresh.keys().size() + " new changeSet" + (fresh.keys().size() == 1 ? "" : "s") + " (" + fresh.base() + ")");
    return new Observer(server, reader, workspace.request().rehearseRows(), log).observe(steps.get(), changeSets, Set.copyOf(fresh.keys()));
  }

  /**
   * The live database's table sizes (read only, statistics only), when {@code live} is given and a finding of the lock
   * and rewrite rules needs them; else none.
   */
  static Map<String, TableSize> liveSizes(Database live, List<Finding> findings, Log log) {
    if (live == null || findings.stream().noneMatch(f -> f.rule().observes())) {
      return Map.of();
    }
    try (Connection connection = ReadOnlyConnection.open(live.connect(), LIVE_TIMEOUT)) {
      Map<String, TableSize> sizes = TableSize.read(connection);
      log.info("Lock and rewrite rules: severities from the sizes of " + sizes.size() + " tables of the live database " + live);
      return sizes;
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the table sizes of the live database " + live + " (<jdbcUrl>): " + e.getMessage()
          + ". Check <jdbcUrl> and the credentials, or leave <jdbcUrl> out to keep the rules' default severities.", e);
    }
  }

  private static List<String> keys(Optional<List<ChangeSetEntry>> entries) {
    return entries.map(list -> list.stream().map(ChangeSetEntry::key).toList()).orElse(List.of());
  }

  /** The changeSets of the changelog as it is at git {@code ref}, none when it did not exist there (the rehearsal's base too). */
  static List<String> atGitRef(Workspace workspace, String ref) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("integrity-since");
    } catch (IOException e) {
      throw new IntegrityException("<since>: cannot create a scratch directory for the changelog at " + ref + ": " + e.getMessage(), e);
    }
    try {
      GitTree tree = GitTree.open(workspace.request().baseDir(), ref, scratch);
      MigrationContext now = workspace.migrations();
      now.searchRoots().forEach(tree::copy);
      Path changeLog = tree.at(workspace.tool().changeLog());
      if (!Files.isRegularFile(changeLog)) {
        return List.of();
      }
      MigrationContext then = new MigrationContext(now.classpath(), now.searchRoots().stream().map(tree::at).toList(), now.contexts(),
          now.labels(), now.changeLogParameters(), now.settingsRoots(), now.profiles(), now.fixFormat());
      return keys(new LiquibaseTool(changeLog).expectedHistory(then));
    } finally {
      delete(scratch);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a scratch directory under the system's temporary directory: left for the system to clean
    }
  }
}
