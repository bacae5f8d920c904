package dev.integrity.core.rehearse;

import dev.integrity.core.since.Base;
import dev.integrity.core.since.NewChangeSets;
import dev.integrity.core.since.Since;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Where the new changeSets start: given the changeSets an empty database would apply, in order, how many of them
 * are old (the production database has them; the rehearsal fills the tables after them).
 */
@FunctionalInterface
public interface RehearsalBase {

  int oldChangeSets(List<String> changeSets);

  /**
   * The changeSets {@code since} makes new (see {@link Base}: a changeSet, the snapshot's history, a git ref). With no
   * {@code since} and nothing the default base makes new, the last changeSet is the new one: a rehearsal asked for
   * always applies something.
   */
  static RehearsalBase since(Since since, Path snapshotFile, Function<String, List<String>> atGitRef) {
    return changeSets -> {
      NewChangeSets fresh = Base.resolve(since, changeSets, snapshotFile, atGitRef);
      if (fresh.isEmpty()) {
        return since.kind() == Since.Kind.DEFAULT ? Math.max(0, changeSets.size() - 1) : changeSets.size();
      }
      return changeSets.indexOf(fresh.keys().get(0));
    };
  }
}
