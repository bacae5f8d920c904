package dev.integrity.core.diff;

import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Named enum types on both sides. */
final class EnumTypeComparer {

  private final Emitter emit;

  EnumTypeComparer(Emitter emit) {
    this.emit = emit;
  }

  /**
   * Named enum types compare label by label, or as sets of labels under {@link CompareRule#ENUM_LABEL_ORDER};
   * labels the model has and the database lacks are rejected values.
   */
  void compare(Schema model, Schema database) {
    Map<String, EnumType> dbTypes = Emitter.byKey(database.enumTypes(), EnumType::qualifiedName);
    Map<String, EnumType> modelTypes = Emitter.byKey(model.enumTypes(), EnumType::qualifiedName);
    for (EnumType mt : model.enumTypes()) {
      EnumType dt = dbTypes.get(mt.qualifiedName());
      if (dt == null) {
        emit.add(DifferenceKind.ENUM_MISMATCH, mt.schema(), mt.name(), null, String.join(", ", mt.labels()), null,
            "enum type " + mt.name() + " " + emit.onlyExpected(),
            List.of(new Change.CreateEnumType(mt)));
      } else if (!sameLabels(mt, dt)) {
        Set<String> rejected = new TreeSet<>(mt.labels());
        rejected.removeAll(dt.labels());
        emit.add(DifferenceKind.ENUM_MISMATCH, rejected.isEmpty() ? Severity.MEDIUM : Severity.HIGH, mt.schema(), mt.name(), null,
            String.join(", ", mt.labels()), String.join(", ", dt.labels()),
            "enum type " + mt.name() + " has other labels " + emit.inActual + " than " + emit.inExpected
                + (rejected.isEmpty() ? "" : ": the database rejects " + String.join(", ", rejected)),
            List.of(new Change.AddEnumLabels(dt, emit.allows(CompareRule.ENUM_LABEL_ORDER) ? appended(dt, mt) : mt)));
      }
    }
    for (EnumType dt : database.enumTypes()) {
      if (!modelTypes.containsKey(dt.qualifiedName())) {
        emit.add(DifferenceKind.ENUM_MISMATCH, Severity.LOW, dt.schema(), dt.name(), null, null, String.join(", ", dt.labels()),
            "enum type " + dt.name() + " " + emit.onlyActual(),
            List.of(new Change.DropEnumType(dt)));
      }
    }
  }

  /** The database's labels, then the model's others: where the model's order means nothing, a fix appends what is missing. */
  private static EnumType appended(EnumType database, EnumType model) {
    List<String> labels = new ArrayList<>(database.labels());
    model.labels().stream().filter(label -> !database.labels().contains(label)).forEach(labels::add);
    return new EnumType(model.schema(), model.name(), labels);
  }

  private boolean sameLabels(EnumType model, EnumType database) {
    return emit.allows(CompareRule.ENUM_LABEL_ORDER)
        ? new TreeSet<>(model.labels()).equals(new TreeSet<>(database.labels()))
        : model.labels().equals(database.labels());
  }
}
