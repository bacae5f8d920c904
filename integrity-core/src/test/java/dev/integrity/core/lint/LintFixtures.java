package dev.integrity.core.lint;

import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.ChangeSetSteps;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.migrate.LiquibaseOptions;
import dev.integrity.core.observe.ChangeSetObservation;
import dev.integrity.core.observe.Observer;
import dev.integrity.core.since.Base;
import dev.integrity.core.since.NewChangeSets;
import dev.integrity.core.since.Since;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;

/** Lint inputs for the rule tests: a fixture changelog parsed by Liquibase, or a hand-built schema. */
final class LintFixtures {

  private static final Path ROOT = Path.of("src/test/resources");

  /** The synthetic rows per table the observed fixtures' tables hold while their new changeSets run. */
  static final int ROWS = 200;

  private LintFixtures() {}

  static LintInput changeLog(String name) {
    LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(ROOT), LintFixtures.class.getClassLoader());
    return new LintInput(Schema.empty(), Origins.none(), migrator.parse(ROOT.resolve("fixtures/lint/" + name)).getChangeSets(),
        new ChangeSetLocator(List.of(ROOT)));
  }

  /**
   * A fixture changelog of {@code fixtures/lint/observed/} applied on {@code server}: its changeSet {@code 1-base} is the
   * base, every later one is new and observed over {@value #ROWS} synthetic rows per table; what the observer says goes to
   * {@code log}.
   */
  static LintInput observed(DatabaseServer server, String name, Log log) {
    Path changeLog = ROOT.resolve("fixtures/lint/observed/" + name);
    LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(ROOT), LintFixtures.class.getClassLoader());
    List<ChangeSet> changeSets = migrator.parse(changeLog).getChangeSets();
    List<String> keys = changeSets.stream().map(c -> ChangeSetEntry.key(c.getFilePath(), c.getId(), c.getAuthor())).toList();
    NewChangeSets fresh = Base.resolve(Since.parse("1-base"), keys, null, ref -> List.of());
    List<ChangeSetObservation> observed = new Observer(server, new CatalogReader(List.of("public")), ROWS, log)
        .observe(new ChangeSetSteps(migrator, changeLog, LiquibaseOptions.NONE), keys, Set.copyOf(fresh.keys()));
    return new LintInput(Schema.empty(), Origins.none(), changeSets, new ChangeSetLocator(List.of(ROOT)), observed);
  }

  /** The findings of {@code rule} on an observed fixture, each as {@code changeSet-id table [columns]}, sorted. */
  static List<String> observedFindings(DatabaseServer server, LintRule rule, String name) {
    return Lints.run(EnumSet.of(rule), observed(server, name, Log.SILENT)).stream()
        .map(f -> f.message().replaceFirst("^changeSet ([^ ]*) \\(test\\) .*$", "$1") + " " + f.table() + (f.columns().isEmpty() ? "" : " " + f.columns()))
        .sorted().toList();
  }

  static LintInput schema(Schema schema) {
    return new LintInput(schema, Origins.none(), List.of(), new ChangeSetLocator(List.of(ROOT)));
  }
}
