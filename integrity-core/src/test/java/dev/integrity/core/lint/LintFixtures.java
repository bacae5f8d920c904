package dev.integrity.core.lint;

import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.nio.file.Path;
import java.util.List;

/** Lint inputs for the rule tests: a fixture changelog parsed by Liquibase, or a hand-built schema. */
final class LintFixtures {

  private static final Path ROOT = Path.of("src/test/resources");

  private LintFixtures() {}

  static LintInput changeLog(String name) {
    LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(ROOT), LintFixtures.class.getClassLoader());
    return new LintInput(Schema.empty(), Origins.none(), migrator.parse(ROOT.resolve("fixtures/lint/" + name)).getChangeSets(),
        new ChangeSetLocator(List.of(ROOT)));
  }

  static LintInput schema(Schema schema) {
    return new LintInput(schema, Origins.none(), List.of(), new ChangeSetLocator(List.of(ROOT)));
  }
}
