package dev.integrity.core.observe;

import java.util.List;

/** The statements of one new changeSet ({@code file::id::author}) as the observer saw them run, in order. */
public record ChangeSetObservation(String changeSet, List<StatementObservation> statements) {

  public ChangeSetObservation {
    statements = List.copyOf(statements);
  }
}
