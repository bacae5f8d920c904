package dev.integrity.core.rollback;

import dev.integrity.core.diff.Difference;
import java.util.List;

/**
 * A changeSet whose rollback does not give back the schema it started from. {@code leftovers} are what
 * the rollback leaves, as differences between the schema before the changeSet ({@code model} side: what
 * was expected) and after its rollback ({@code database} side: what was found). {@code changeSet} is
 * {@code file::id::author}, or null for the re-apply after the whole rollback.
 */
public record RollbackProblem(Kind kind, String changeSet, String location, String message, List<Difference> leftovers) {

  public enum Kind {
    /** Liquibase cannot derive a rollback and the changeSet declares none. */
    MISSING,
    /** The rollback statements fail. */
    FAILED,
    /** The rollback runs but the schema differs from the one before the changeSet. */
    NOT_EXACT,
    /** After rolling everything back, the changelog no longer applies, or applies to a different schema. */
    REAPPLY
  }

  public RollbackProblem {
    leftovers = List.copyOf(leftovers);
  }
}
