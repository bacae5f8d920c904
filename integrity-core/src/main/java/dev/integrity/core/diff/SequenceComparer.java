package dev.integrity.core.diff;

import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Sequence;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Sequences on both sides. */
final class SequenceComparer {

  private final Emitter emit;

  SequenceComparer(Emitter emit) {
    this.emit = emit;
  }

  /**
   * Sequences compare by existence and increment. A sequence owned by a column (serial, identity) or drawn
   * from by a column's default belongs to that column unless the model names it too. The start value is compared
   * only without {@link CompareRule#SEQUENCE_START}; the cache never.
   */
  void compare(Schema model, Schema database) {
    Map<String, Sequence> dbSequences = Emitter.byKey(database.sequences(), Sequence::qualifiedName);
    Map<String, Sequence> modelSequences = Emitter.byKey(model.sequences(), Sequence::qualifiedName);
    for (Sequence ms : model.sequences()) {
      if (ms.ownedBy() != null) {
        continue;
      }
      Sequence ds = dbSequences.get(ms.qualifiedName());
      if (ds == null) {
        emit.add(DifferenceKind.MISSING_SEQUENCE, ms.schema(), ms.name(), null, ms.describe(), null,
            "sequence " + ms.name() + " " + emit.onlyExpected(),
            List.of(new Change.CreateSequence(ms)));
      } else if (ms.increment() != ds.increment()) {
        emit.add(DifferenceKind.SEQUENCE_MISMATCH, ms.schema(), ms.name(), null,
            "increment " + ms.increment(), "increment " + ds.increment(),
            "sequence " + ms.name() + " increments by " + ds.increment() + " " + emit.inActual + " but by " + ms.increment() + " "
                + emit.inExpected + (ds.increment() < ms.increment() ? ": generated ids can collide" : ""),
            List.of(new Change.AlterSequence(ds, ms)));
      } else if (ms.start() != ds.start() && !emit.allows(CompareRule.SEQUENCE_START)) {
        emit.add(DifferenceKind.SEQUENCE_MISMATCH, Severity.LOW, ms.schema(), ms.name(), null, "start " + ms.start(), "start " + ds.start(),
            "sequence " + ms.name() + " starts at " + ds.start() + " " + emit.inActual + " but at " + ms.start() + " " + emit.inExpected,
            List.of(new Change.AlterSequence(ds, ms)));
      }
    }
    Set<String> drawnByDefaults = Defaults.sequencesDrawnFrom(database);
    for (Sequence ds : database.sequences()) {
      if (ds.ownedBy() == null && !modelSequences.containsKey(ds.qualifiedName()) && !drawnByDefaults.contains(ds.qualifiedName())
          && !(emit.allows(CompareRule.LIBRARY_TABLE) && LibraryTables.isLibrarySequence(ds))) {
        emit.add(DifferenceKind.EXTRA_SEQUENCE, ds.schema(), ds.name(), null, null, ds.describe(),
            "sequence " + ds.name() + " " + emit.onlyActual(),
            List.of(new Change.DropSequence(ds)));
      }
    }
  }
}
