package dev.integrity.core.observe;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetSteps;
import dev.integrity.core.migrate.RefusedChangeSet;
import dev.integrity.core.rows.FilledRows;
import dev.integrity.core.rows.SyntheticRows;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Observes the new changeSets instead of guessing from their text: on a database of its own, applies every changeSet
 * before the first new one, fills the tables with synthetic rows (as many as the rehearsal's, those that fit), then
 * applies the rest one at a time through an {@link ObservingConnection}, and keeps what the new ones' statements did to
 * the tables that existed before them, over rows, as production will see it. A changeSet the populated tables refuse
 * ends the observation there, said in one line: the rehearsal is the goal that reports it.
 */
public final class Observer {

  static final String DATABASE = "integrity_observed";

  private final DatabaseServer server;
  private final CatalogReader reader;
  private final int rows;
  private final Log log;

  /** @param rows the synthetic rows per table */
  public Observer(DatabaseServer server, CatalogReader reader, int rows, Log log) {
    this.server = server;
    this.reader = reader;
    this.rows = rows;
    this.log = log;
  }

  /**
   * @param changeSets every changeSet of the changelog that runs, in order ({@code file::id::author})
   * @param fresh the new ones among them
   * @return one observation per new changeSet that ran, in order, up to the first the populated tables refused
   */
  public List<ChangeSetObservation> observe(ChangeSetSteps steps, List<String> changeSets, Set<String> fresh) {
    int before = (int) changeSets.stream().takeWhile(key -> !fresh.contains(key)).count();
    Database database = server.createDatabase(DATABASE);
    try (Connection connection = database.connect()) {
      steps.apply(connection, before);
      Map<String, Long> filled = fill(connection);
      ObservingConnection observing = new ObservingConnection(connection, CatalogState.read(connection), filled);
      List<ChangeSetObservation> observations = new ArrayList<>();
      for (int next = before; ; next++) {
        Optional<String> ran;
        try {
          ran = steps.next(observing.proxy());
        } catch (IntegrityException e) {
          Optional<RefusedChangeSet> refused = RefusedChangeSet.of(e);
          if (refused.isEmpty()) {
            throw e;
          }
          log.info("Lock and rewrite rules: changeSet " + (next < changeSets.size() ? changeSets.get(next) : "after the last one listed")
              + " fails on tables holding " + rows + " synthetic rows (" + refused.get().reason().replaceAll("\\s+", " ").trim()
              + "); it and the changeSets after it are not observed. `mvn integrity:rehearse` reports what a populated table refuses");
          return observations;
        }
        if (ran.isEmpty()) {
          return observations;
        }
        List<StatementObservation> statements = observing.take();
        if (fresh.contains(ran.get())) {
          observations.add(new ChangeSetObservation(ran.get(), statements));
        }
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot observe the new changeSets on " + database.name() + ": " + e.getMessage(), e);
    } finally {
      server.dropDatabase(database);
    }
  }

  /** Fills the tables the synthetic rows fit; the rows of each table ({@code schema.table}) it filled. */
  private Map<String, Long> fill(Connection connection) throws SQLException {
    Schema schema = reader.read(connection);
    FilledRows filled;
    try {
      filled = SyntheticRows.fillWhatFits(connection, schema, rows);
    } catch (IntegrityException e) {
      log.info("Lock and rewrite rules: observed on empty tables, synthetic rows do not fit this schema (" + e.getMessage() + ")");
      return Map.of();
    }
    List<String> empty = schema.tables().stream().map(Table::qualifiedName).filter(t -> !filled.tables().contains(t)).toList();
    if (!empty.isEmpty()) {
      log.info("Lock and rewrite rules: " + empty.size() + " of " + schema.tables().size() + " tables observed empty, synthetic rows do not fit them ("
          + String.join(", ", empty) + "); `mvn integrity:rehearse` says why");
    }
    return filled.tables().stream().collect(Collectors.toMap(Function.identity(), table -> (long) filled.rowsPerTable()));
  }
}
