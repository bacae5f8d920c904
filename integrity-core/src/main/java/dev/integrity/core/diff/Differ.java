package dev.integrity.core.diff;

import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.util.List;

/**
 * Compares the expected schema (the model, or in a drift check the migrations) with the actual one (the
 * migrated or live database) object by object, by structure rather than by name, under a {@link ComparePolicy}
 * (docs/comparison.md): one comparer per object kind, sharing one {@link Emitter}. The result is sorted by
 * {@link Difference#ORDER}.
 */
public final class Differ {

  private Differ() {}

  /** The model against the migrated database. */
  public static List<Difference> diff(Schema model, Schema database, Origins origins, ComparePolicy policy) {
    return diff(model, database, origins, policy, Sides.MODEL_AND_MIGRATED);
  }

  public static List<Difference> diff(Schema expected, Schema actual, Origins origins, ComparePolicy policy, Sides sides) {
    Emitter emit = new Emitter(policy, sides, origins);
    new EnumTypeComparer(emit).compare(expected, actual);
    new SequenceComparer(emit).compare(expected, actual);
    new TableComparer(emit).compare(expected, actual);
    return RenameHints.apply(emit.differences()).stream().sorted(Difference.ORDER).toList();
  }
}
