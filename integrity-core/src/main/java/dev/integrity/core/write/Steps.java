package dev.integrity.core.write;

import liquibase.changelog.ChangeSet;

/** A changeSet of the fix under the id and file path of the migration it is written into. */
final class Steps {

  private Steps() {}

  static ChangeSet withId(ChangeSet step, String id, String filePath) {
    ChangeSet copy = new ChangeSet(id, step.getAuthor(), false, false, filePath, null, "postgresql", step.isRunInTransaction(),
        step.getObjectQuotingStrategy(), null);
    step.getChanges().forEach(copy::addChange);
    step.getRollback().getChanges().forEach(copy::addRollbackChange);
    copy.setComments(step.getComments());
    copy.setLabels(step.getLabels());
    return copy;
  }
}
