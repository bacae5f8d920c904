package dev.integrity.core.changelog;

import dev.integrity.core.schema.Identifiers;
import java.util.Collection;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.PostgresDatabase;

/**
 * Liquibase's default quoting on PostgreSQL leaves an all-capitals name such as {@code ORDERS} bare, and
 * PostgreSQL folds it to {@code orders}: a changeSet that names anything PostgreSQL itself would quote
 * ({@code "OrderLine"}, {@code "order"}) gets {@code objectQuotingStrategy="QUOTE_ALL_OBJECTS"}, under which
 * Liquibase writes every name exactly as the catalog spells it. Other changeSets keep the default. SQL generated from
 * a changeSet (formatted SQL, the Flyway fix) is generated for a PostgreSQL that quotes as the changeSet says.
 */
final class ObjectQuoting {

  private static final Database POSTGRESQL = new PostgresDatabase();
  private static final Database POSTGRESQL_QUOTE_ALL = new PostgresDatabase();

  static {
    POSTGRESQL_QUOTE_ALL.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
  }

  private ObjectQuoting() {}

  /** PostgreSQL, quoting names as the changeSet says: the database to generate a changeSet's SQL for. */
  static Database postgresql(ChangeSet changeSet) {
    return changeSet.getObjectQuotingStrategy() == ObjectQuotingStrategy.QUOTE_ALL_OBJECTS ? POSTGRESQL_QUOTE_ALL : POSTGRESQL;
  }

  /** {@code QUOTE_ALL_OBJECTS} when the translation names something PostgreSQL would quote, else null (Liquibase's default). */
  static ObjectQuotingStrategy of(LiquibaseChanges.Translation translation) {
    boolean quoted = Stream.concat(translation.changes().stream(), translation.rollback().stream())
        .flatMap(ObjectQuoting::names)
        .anyMatch(name -> !Identifiers.quote(name).equals(name));
    return quoted ? ObjectQuotingStrategy.QUOTE_ALL_OBJECTS : null;
  }

  /** Every object name a change of Liquibase's own types holds: its {@code ...Name} and {@code ...Names} fields and its columns. */
  private static Stream<String> names(Change change) {
    return change.getSerializableFields().stream().flatMap(field -> {
      Object value = change.getSerializableFieldValue(field);
      if (value instanceof String text && field.endsWith("Name")) {
        return Stream.of(text);
      }
      if (value instanceof String text && field.endsWith("Names")) {
        return Stream.of(text.split("\\s*,\\s*"));
      }
      if (value instanceof Collection<?> items) {
        return items.stream().filter(ColumnConfig.class::isInstance).map(item -> ((ColumnConfig) item).getName());
      }
      return Stream.of();
    });
  }
}
