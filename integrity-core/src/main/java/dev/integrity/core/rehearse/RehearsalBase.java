package dev.integrity.core.rehearse;

import java.util.List;

/**
 * Where the new changeSets start: given the changeSets an empty database would apply, in order, how many of them
 * are old (the production database has them; the rehearsal fills the tables after them). {@code RehearseRunner.base}
 * makes it from {@code since}.
 */
@FunctionalInterface
public interface RehearsalBase {

  int oldChangeSets(List<String> changeSets);
}
