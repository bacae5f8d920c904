package dev.integrity.core.migrate;

import java.util.Optional;

/**
 * Why the database refused a changeSet: PostgreSQL's message and the statement it refused (empty when Liquibase did
 * not say), read from what Liquibase threw.
 */
public record RefusedChangeSet(String reason, String statement) {

  /** What the failure of a changeSet's update says, or empty when the failure was not the database refusing a changeSet. */
  public static Optional<RefusedChangeSet> of(Throwable failure) {
    return LiquibaseFailures.refusal(failure);
  }
}
