package dev.integrity.core.rehearse;

import dev.integrity.core.common.IntegrityException;
import java.util.List;

/**
 * Where the new changeSets start: given the changeSets an empty database would apply, in order, how many of them
 * are old (the production database has them; the rehearsal fills the tables after them).
 */
@FunctionalInterface
public interface RehearsalBase {

  int oldChangeSets(List<String> changeSets);

  /**
   * The changeSets after {@code since} are new: {@code since} names a changeSet as {@code file::id::author} or by
   * its id alone; null means only the last changeSet is new.
   */
  static RehearsalBase since(String since) {
    return changeSets -> {
      if (since == null || since.isBlank()) {
        return Math.max(0, changeSets.size() - 1);
      }
      List<Integer> matches = java.util.stream.IntStream.range(0, changeSets.size())
          .filter(i -> changeSets.get(i).equals(since) || changeSets.get(i).split("::", -1)[1].equals(since))
          .boxed().toList();
      if (matches.size() != 1) {
        throw new IntegrityException("<since> " + since + (matches.isEmpty() ? " names no changeSet of the changelog" : " names "
            + matches.size() + " changeSets (" + String.join(", ", matches.stream().map(changeSets::get).toList()) + ")")
            + ". Name one changeSet as file::id::author, or by its id when that is unique.");
      }
      return matches.get(0) + 1;
    };
  }
}
