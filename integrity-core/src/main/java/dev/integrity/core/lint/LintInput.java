package dev.integrity.core.lint;

import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.observe.ChangeSetObservation;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.util.List;
import liquibase.changelog.ChangeSet;

/**
 * What the rules look at: the migrated schema, the entity behind each table where known, the
 * changelog's changeSets in order with where each is written (empty for Flyway projects, whose
 * migrations are plain SQL and Java), and what the new changeSets' statements were observed to do (empty when
 * there are no new changeSets, see {@code since}).
 */
public record LintInput(Schema migrated, Origins origins, List<ChangeSet> changeSets, ChangeSetLocator locator,
    List<ChangeSetObservation> observed) {

  public LintInput {
    changeSets = List.copyOf(changeSets);
    observed = List.copyOf(observed);
  }

  /** Nothing observed: no changeSet is new. */
  public LintInput(Schema migrated, Origins origins, List<ChangeSet> changeSets, ChangeSetLocator locator) {
    this(migrated, origins, changeSets, locator, List.of());
  }
}
