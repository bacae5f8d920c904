package dev.integrity.core.diff;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Default expressions as PostgreSQL prints them, and what they mean alike. */
final class Defaults {

  private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(.+?)'(?:::regclass)?\\)$");
  /** Spellings of "the transaction's start time" that PostgreSQL keeps apart in the catalog. */
  private static final Set<String> NOW = Set.of("now()", "CURRENT_TIMESTAMP", "transaction_timestamp()");

  private Defaults() {}

  static boolean equivalent(String model, String database) {
    if (model == null || database == null) {
      return model == database;
    }
    return model.equals(database) || NOW.contains(model) && NOW.contains(database);
  }

  /** The qualified names of the sequences that columns' defaults draw from ({@code nextval('seq'::regclass)}). */
  static Set<String> sequencesDrawnFrom(Schema schema) {
    Set<String> names = new TreeSet<>();
    for (Table table : schema.tables()) {
      for (Column column : table.columns()) {
        Matcher m = column.defaultValue() == null ? null : NEXTVAL.matcher(column.defaultValue());
        if (m != null && m.matches()) {
          String name = m.group(1).replace("\"", "");
          names.add(name.contains(".") ? name : table.schema() + "." + name);
        }
      }
    }
    return names;
  }
}
