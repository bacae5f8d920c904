package dev.integrity.core.diff;

import dev.integrity.core.schema.Origins;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every comparer shares: the policy, the sides' names for messages, the model's origins, and the
 * differences found so far.
 */
final class Emitter {

  final ComparePolicy policy;
  /** "in the model", or "in the migrations" in a drift check. */
  final String inExpected;
  /** "in the migrated database", or "in the live database" in a drift check. */
  final String inActual;
  private final Origins origins;
  private final List<Difference> out = new ArrayList<>();

  Emitter(ComparePolicy policy, Sides sides, Origins origins) {
    this.policy = policy;
    this.inExpected = "in " + sides.expected();
    this.inActual = "in " + sides.actual();
    this.origins = origins;
  }

  boolean allows(CompareRule rule) {
    return policy.allows(rule);
  }

  /** "is in the model but not in the migrated database". */
  String onlyExpected() {
    return "is " + inExpected + " but not " + inActual;
  }

  /** "is in the migrated database but not in the model". */
  String onlyActual() {
    return "is " + inActual + " but not " + inExpected;
  }

  void add(DifferenceKind kind, String schema, String table, String column, String model, String database, String message, List<Change> fix) {
    add(kind, kind.defaultSeverity(), schema, table, column, model, database, message, fix);
  }

  void add(DifferenceKind kind, Severity severity, String schema, String table, String column,
      String model, String database, String message, List<Change> fix) {
    out.add(new Difference(kind, severity, schema, table, column, model, database, message, origins.entity(schema, table, column), fix));
  }

  Origins origins() {
    return origins;
  }

  List<Difference> differences() {
    return List.copyOf(out);
  }

  static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
