package dev.integrity.core.observe;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.migrate.ChangeSetSteps;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Observes the new changeSets instead of guessing from their text: on a database of its own, applies every changeSet
 * before the first new one, then the rest one at a time through an {@link ObservingConnection}, and keeps what the
 * new ones' statements did to the tables that existed before them.
 */
public final class Observer {

  static final String DATABASE = "integrity_observed";

  private Observer() {}

  /**
   * @param changeSets every changeSet of the changelog that runs, in order ({@code file::id::author})
   * @param fresh the new ones among them
   * @return one observation per new changeSet that ran, in order
   */
  public static List<ChangeSetObservation> observe(DatabaseServer server, ChangeSetSteps steps, List<String> changeSets,
      Set<String> fresh) {
    int before = (int) changeSets.stream().takeWhile(key -> !fresh.contains(key)).count();
    Database database = server.createDatabase(DATABASE);
    try (Connection connection = database.connect()) {
      steps.apply(connection, before);
      ObservingConnection observing = new ObservingConnection(connection, CatalogState.read(connection));
      List<ChangeSetObservation> observations = new ArrayList<>();
      for (Optional<String> ran = steps.next(observing.proxy()); ran.isPresent(); ran = steps.next(observing.proxy())) {
        List<StatementObservation> statements = observing.take();
        if (fresh.contains(ran.get())) {
          observations.add(new ChangeSetObservation(ran.get(), statements));
        }
      }
      return observations;
    } catch (SQLException e) {
      throw new IntegrityException("cannot observe the new changeSets on " + database.name() + ": " + e.getMessage(), e);
    } finally {
      server.dropDatabase(database);
    }
  }
}
