package dev.integrity.core.diff;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks match by their normalised expression, whatever the order of its AND terms ({@link CheckConjuncts}). A
 * check that restricts a column to a set of values (an enum's) compares by that set; two other checks on the same columns that differ are one mismatch. Under
 * {@link CompareRule#ABSENT_ENUM_CHECK} the model's enum check may be absent from the database.
 */
final class CheckComparer {

  private final Emitter emit;

  CheckComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    List<Check> modelChecks = m.checks().stream().filter(c -> scope.firstMissing(c.columns()) == null).toList();
    List<Check> dbChecks = d.checks().stream().filter(c -> !scope.readsExtraColumn(c.columns())).toList();
    Map<String, Check> dbByExpression = Emitter.byKey(dbChecks, c -> CheckConjuncts.key(c.expression()));
    Map<String, Check> modelByExpression = Emitter.byKey(modelChecks, c -> CheckConjuncts.key(c.expression()));
    Map<String, EnumChecks.ValueSet> dbValueSets = valueSets(dbChecks);
    Map<String, EnumChecks.ValueSet> modelValueSets = valueSets(modelChecks);
    Map<List<String>, Check> dbUnmatchedByColumns = new LinkedHashMap<>();
    for (Check dc : dbChecks) {
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(dc.expression());
      boolean comparedAsValueSet = values.isPresent() && modelValueSets.containsKey(values.get().column());
      if (!modelByExpression.containsKey(CheckConjuncts.key(dc.expression())) && !comparedAsValueSet && !dc.columns().isEmpty()) {
        dbUnmatchedByColumns.putIfAbsent(dc.columns(), dc);
      }
    }
    List<Check> extra = new ArrayList<>(dbChecks.stream()
        .filter(dc -> !modelByExpression.containsKey(CheckConjuncts.key(dc.expression())))
        .filter(dc -> EnumChecks.parse(dc.expression()).map(v -> !modelValueSets.containsKey(v.column())).orElse(true))
        .toList());
    for (Check mc : modelChecks) {
      if (dbByExpression.containsKey(CheckConjuncts.key(mc.expression()))) {
        continue;
      }
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(mc.expression());
      if (values.isPresent()) {
        EnumChecks.ValueSet dv = dbValueSets.get(values.get().column());
        if (dv != null) {
          enumCheckMismatch(m, d, mc, values.get(), dv);
          continue;
        }
        if (emit.allows(CompareRule.ABSENT_ENUM_CHECK)) {
          continue;
        }
      }
      Check dc = mc.columns().isEmpty() ? null : dbUnmatchedByColumns.remove(mc.columns());
      if (dc != null) {
        extra.remove(dc);
        emit.add(DifferenceKind.CHECK_MISMATCH, m.schema(), m.name(), null, "check " + mc.expression(), "check " + dc.expression(),
            "check on " + m.name() + "(" + String.join(", ", mc.columns()) + ") is (" + dc.expression()
                + ") " + emit.inActual + " but (" + mc.expression() + ") " + emit.inExpected + ": it may refuse rows the application writes",
            List.of(new Change.DropCheck(d.schema(), d.name(), dc), new Change.AddCheck(m.schema(), m.name(), mc)));
        continue;
      }
      emit.add(DifferenceKind.MISSING_CHECK, m.schema(), m.name(), null, "check " + mc.expression(), null,
          "check (" + mc.expression() + ") on " + m.name() + " " + emit.onlyExpected(),
          List.of(new Change.AddCheck(m.schema(), m.name(), mc)));
    }
    for (Check dc : extra) {
      emit.add(DifferenceKind.EXTRA_CHECK, d.schema(), d.name(), null, null, "check " + dc.expression(),
          "check (" + dc.expression() + ") on " + d.name() + " " + emit.onlyActual() + ": it may refuse rows the application writes",
          List.of(new Change.DropCheck(d.schema(), d.name(), dc)));
    }
  }

  private void enumCheckMismatch(Table m, Table d, Check modelCheck, EnumChecks.ValueSet model, EnumChecks.ValueSet database) {
    if (model.values().equals(database.values())) {
      return;
    }
    Set<String> rejected = new TreeSet<>(model.values());
    rejected.removeAll(database.values());
    Check databaseCheck = d.checks().stream()
        .filter(c -> EnumChecks.parse(c.expression()).map(v -> v.column().equals(database.column())).orElse(false))
        .findFirst().orElseThrow();
    emit.add(DifferenceKind.ENUM_MISMATCH, rejected.isEmpty() ? Severity.MEDIUM : Severity.HIGH, m.schema(), m.name(), model.column(),
        String.join(", ", model.values()), String.join(", ", database.values()),
        "column " + m.name() + "." + model.column() + " accepts other values " + emit.inActual + " than " + emit.inExpected
            + (rejected.isEmpty() ? " (more than the enum has)" : ": the database rejects " + String.join(", ", rejected)),
        List.of(new Change.DropCheck(d.schema(), d.name(), databaseCheck), new Change.AddCheck(m.schema(), m.name(), modelCheck)));
  }

  private static Map<String, EnumChecks.ValueSet> valueSets(List<Check> checks) {
    Map<String, EnumChecks.ValueSet> sets = new LinkedHashMap<>();
    for (Check check : checks) {
      EnumChecks.parse(check.expression()).ifPresent(v -> sets.putIfAbsent(v.column(), v));
    }
    return sets;
  }
}
