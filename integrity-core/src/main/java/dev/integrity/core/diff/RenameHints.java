package dev.integrity.core.diff;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * A missing and an extra column of one table (or a missing and an extra table of one schema) that look
 * like one thing renamed are still two differences, but each message names the other and says so: the
 * fix drops and adds, and a reviewer who knows it was a rename replaces that with a rename that keeps
 * the data. Pairs are made only where they are unambiguous: exactly one candidate each way.
 */
public final class RenameHints {

  /** A missing and an extra column (or table) that look like one thing renamed. */
  public record Pair(Difference missing, Difference extra) {}

  private RenameHints() {}

  /** The unambiguous rename candidates among {@code differences}: columns first, then tables. */
  public static List<Pair> pairs(List<Difference> differences) {
    List<Pair> pairs = new ArrayList<>(pair(differences, DifferenceKind.MISSING_COLUMN, DifferenceKind.EXTRA_COLUMN, RenameHints::sameColumnType));
    pairs.addAll(pair(differences, DifferenceKind.MISSING_TABLE, DifferenceKind.EXTRA_TABLE,
        (missing, extra) -> similar(table(missing), table(extra))));
    return pairs;
  }

  /** A missing and an extra column of one table whose types are the same. */
  public static boolean sameColumnType(Difference missing, Difference extra) {
    return missing.table().equals(extra.table())
        && ColumnTypes.compare(column(missing).type(), column(extra).type(), ComparePolicy.MODEL_VS_MIGRATIONS) == Capacity.EQUAL;
  }

  static List<Difference> apply(List<Difference> differences) {
    Map<Difference, String> hints = new HashMap<>();
    hint(differences, DifferenceKind.MISSING_COLUMN, DifferenceKind.EXTRA_COLUMN, RenameHints::sameColumnType,
        (missing, extra) -> " (this looks like a rename of " + extra.table() + "." + extra.column() + " to "
            + missing.table() + "." + missing.column() + ": if so, replace the fix's drop and add with a renameColumn, which keeps the data)",
        hints);
    hint(differences, DifferenceKind.MISSING_TABLE, DifferenceKind.EXTRA_TABLE,
        (missing, extra) -> similar(table(missing), table(extra)),
        (missing, extra) -> " (this looks like a rename of " + extra.table() + " to " + missing.table()
            + ": if so, replace the fix's drop and create with a renameTable, which keeps the data)",
        hints);
    if (hints.isEmpty()) {
      return differences;
    }
    List<Difference> out = new ArrayList<>();
    for (Difference d : differences) {
      String hint = hints.get(d);
      out.add(hint == null ? d : d.withSeverity(d.severity(), d.message() + hint));
    }
    return out;
  }

  private static void hint(List<Difference> differences, DifferenceKind missingKind, DifferenceKind extraKind,
      BiPredicate<Difference, Difference> candidates, BiFunction<Difference, Difference, String> hint,
      Map<Difference, String> hints) {
    for (Pair p : pair(differences, missingKind, extraKind, candidates)) {
      String text = hint.apply(p.missing(), p.extra());
      hints.put(p.missing(), text);
      hints.put(p.extra(), text);
    }
  }

  private static List<Pair> pair(List<Difference> differences, DifferenceKind missingKind, DifferenceKind extraKind,
      BiPredicate<Difference, Difference> candidates) {
    List<Pair> pairs = new ArrayList<>();
    List<Difference> missing = differences.stream().filter(d -> d.kind() == missingKind).toList();
    List<Difference> extra = differences.stream().filter(d -> d.kind() == extraKind).toList();
    for (Difference m : missing) {
      List<Difference> forM = extra.stream().filter(e -> sameSchema(m, e) && candidates.test(m, e)).toList();
      if (forM.size() != 1) {
        continue;
      }
      Difference e = forM.get(0);
      long forE = missing.stream().filter(other -> sameSchema(other, e) && candidates.test(other, e)).count();
      if (forE == 1) {
        pairs.add(new Pair(m, e));
      }
    }
    return pairs;
  }

  private static boolean sameSchema(Difference a, Difference b) {
    return a.schema().equals(b.schema());
  }

  /** At least half of all the column names of both tables are common to them, and their types agree. */
  private static boolean similar(Table model, Table database) {
    Map<String, String> types = database.columns().stream().collect(Collectors.toMap(Column::name, Column::type));
    Set<String> all = new TreeSet<>(types.keySet());
    long common = 0;
    for (Column c : model.columns()) {
      all.add(c.name());
      if (types.containsKey(c.name()) && ColumnTypes.compare(c.type(), types.get(c.name()), ComparePolicy.MODEL_VS_MIGRATIONS) == Capacity.EQUAL) {
        common++;
      }
    }
    return common * 2 >= all.size();
  }

  /** The column a {@code MISSING_COLUMN}'s fix adds, or an {@code EXTRA_COLUMN}'s drops. */
  public static Column column(Difference d) {
    return whole(d).column().orElseThrow();
  }

  /** The table a {@code MISSING_TABLE}'s fix creates, or an {@code EXTRA_TABLE}'s drops. */
  public static Table table(Difference d) {
    return whole(d).table().orElseThrow();
  }

  private static WholeObjects.Whole whole(Difference d) {
    return d.fix().stream().map(change -> change.accept(WholeObjects.OF)).flatMap(Optional::stream).findFirst().orElseThrow();
  }
}
