package dev.integrity.core.lint;

import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.util.List;
import liquibase.changelog.ChangeSet;

/**
 * What the rules look at: the migrated schema, the entity behind each table where known, and the
 * changelog's changeSets in order with where each is written (empty for Flyway projects, whose
 * migrations are plain SQL and Java).
 */
public record LintInput(Schema migrated, Origins origins, List<ChangeSet> changeSets, ChangeSetLocator locator) {

  public LintInput {
    changeSets = List.copyOf(changeSets);
  }
}
