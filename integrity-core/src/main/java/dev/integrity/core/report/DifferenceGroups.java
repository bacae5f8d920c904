package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.diff.Undeclared;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Many differences of one shape (ninety columns whose length the entities leave to Hibernate's default while the
 * database sets another) are one console line: how many, where, and the one fix. Only the console groups; report.json
 * and the other formats keep every difference. A shape with fewer than {@value #GROUPED_FROM} differences is listed
 * one by one.
 */
public final class DifferenceGroups {

  static final int GROUPED_FROM = 5;
  /** How many entities (or tables) a group line names before it counts the rest. */
  static final int NAMED = 5;

  /** The group lines, worst and largest first, and the differences of smaller shapes. */
  public record Grouped(List<String> lines, List<Difference> ungrouped) {

    public Grouped {
      lines = List.copyOf(lines);
      ungrouped = List.copyOf(ungrouped);
    }
  }

  /** What a difference looks like apart from its place; {@code fix} is the one advice for all of them. */
  private record Shape(Severity severity, DifferenceKind kind, String description, String fix) {}

  private static final Comparator<Map.Entry<Shape, List<Difference>>> WORST_LARGEST_FIRST =
      Comparator.comparing((Map.Entry<Shape, List<Difference>> e) -> e.getKey().severity())
          .thenComparing(e -> -e.getValue().size())
          .thenComparing(e -> e.getKey().kind())
          .thenComparing(e -> e.getKey().description());

  private DifferenceGroups() {}

  public static Grouped of(List<Difference> differences, Sides sides) {
    Map<Shape, List<Difference>> byShape = differences.stream().sorted(Difference.ORDER)
        .collect(Collectors.groupingBy(d -> shape(d, sides), LinkedHashMap::new, Collectors.toList()));
    List<String> lines = byShape.entrySet().stream().filter(e -> e.getValue().size() >= GROUPED_FROM).sorted(WORST_LARGEST_FIRST)
        .map(e -> line(e.getKey(), e.getValue())).toList();
    List<Difference> ungrouped = byShape.values().stream().filter(group -> group.size() < GROUPED_FROM).flatMap(List::stream).toList();
    return new Grouped(lines, ungrouped);
  }

  private static String line(Shape shape, List<Difference> group) {
    List<String> names = group.stream().map(DifferenceGroups::name).distinct().sorted().toList();
    boolean entities = group.stream().allMatch(d -> d.entity() != null);
    String noun = group.get(0).column() != null ? "columns" : "objects";
    return "  " + group.size() + " " + noun + " " + String.format("%-8s", shape.severity()) + " " + shape.kind() + " in " + names.size() + " "
        + (entities ? (names.size() == 1 ? "entity" : "entities") : (names.size() == 1 ? "table" : "tables")) + " (" + named(names) + "): "
        + shape.description() + "; fix: " + shape.fix();
  }

  private static String named(List<String> names) {
    String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
    return names.size() > NAMED ? shown + " and " + (names.size() - NAMED) + " more" : shown;
  }

  /** The entity's simple name, else the table. */
  private static String name(Difference d) {
    return d.entity() == null ? d.schema() + "." + d.table() : d.entity().substring(d.entity().lastIndexOf('.') + 1);
  }

  private static Shape shape(Difference d, Sides sides) {
    if (sides.equals(Sides.MODEL_AND_MIGRATED)) {
      Set<String> undeclared = Undeclared.in(d);
      if (d.kind() == DifferenceKind.TYPE_MISMATCH && undeclared.contains("length")) {
        return new Shape(d.severity(), d.kind(), "the entity leaves the length to Hibernate's default (model " + d.model()
            + ") and the database sets another", "declare the length in the entity (@Column(length = …)), or change the column");
      }
      if (d.kind() == DifferenceKind.TYPE_MISMATCH && !undeclared.isEmpty()) {
        return new Shape(d.severity(), d.kind(), "the entity leaves precision or scale to Hibernate's default (model " + d.model()
            + ") and the database sets others", "declare precision and scale in the entity (@Column(precision = …, scale = …)), or change the column");
      }
      if (d.kind() == DifferenceKind.NULLABILITY_MISMATCH) {
        return "not null".equals(d.model())
            ? new Shape(d.severity(), d.kind(), "NOT NULL in the model, nullable in the database",
                "add NOT NULL to the column (the fix changelog does), or let the entity's attribute be null")
            : new Shape(d.severity(), d.kind(), "nullable in the model, NOT NULL in the database",
                "declare the attribute not null in the entity (nullable = false), or drop NOT NULL from the column (the fix changelog does)");
      }
    }
    return new Shape(d.severity(), d.kind(), sides.expectedColumn() + " " + general(d.model()) + ", " + sides.actualColumn() + " " + general(d.database()),
        "make " + sides.actual() + " match " + sides.expected() + " (the fix has a step for each), or the other way round");
  }

  /** A side's text with its numbers (lengths, precisions, counts) as {@code n}, so that they do not split a shape. */
  private static String general(String side) {
    return side == null ? "(absent)" : side.replaceAll("\\d+", "n");
  }
}
