package dev.integrity.core.rollback;

import java.util.List;

/** The rollback test's outcome: how many changeSets were applied and rolled back, and what went wrong. */
public record RollbackResult(int changeSets, List<RollbackProblem> problems) {

  public RollbackResult {
    problems = List.copyOf(problems);
  }

  public boolean failed() {
    return !problems.isEmpty();
  }
}
