package dev.integrity.core.cache;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.migrate.ChangeLogGrowth;
import dev.integrity.core.migrate.ChangeLogState;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.migrate.PreparedMigration;
import dev.integrity.core.schema.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.ChangeSet;

/**
 * Database A kept between builds in {@code cacheDirectory} (see docs/cache.md): after a run its migrated
 * state, history table included, is dumped there; the next run restores it into its new database when the
 * changelog only gained changeSets, and the migration tool applies what is new, deciding by its own history
 * and checksum validation as on a long-lived database. Anything else migrates from empty, with one line
 * saying why. A kept state is trusted only after it rebuilt exactly the schema it was kept with.
 */
public final class KeptMigrations {

  /** The migrated database, its schema (every user schema) and the changeSets as the migration parsed them. */
  public record Migrated(Database database, Schema schema, List<ChangeSet> changeSets) {}

  private final VerifyRequest request;
  private final MigrationTool tool;
  private final MigrationContext context;
  private final KeptStore store;
  private final Log log;

  private KeptMigrations(VerifyRequest request, MigrationTool tool, MigrationContext context, KeptStore store, Log log) {
    this.request = request;
    this.tool = tool;
    this.context = context;
    this.store = store;
    this.log = log;
  }

  /** Kept migrated databases for this request; none are read or written when {@code request.cache()} is false. */
  public static KeptMigrations open(VerifyRequest request, MigrationTool tool, MigrationContext context, Log log) {
    return new KeptMigrations(request, tool, context, request.cache() ? new KeptStore(request.cacheDirectory(), log) : null, log);
  }

  /** A new database {@code prefix}_… of {@code server}, migrated: from the kept state when it may stand in, else from empty. */
  public Migrated migrate(DatabaseServer server, String prefix) {
    Database database = server.createDatabase(prefix);
    Optional<PreparedMigration> prepared = store == null ? Optional.empty() : prepare(database);
    if (prepared.isEmpty()) {
      List<ChangeSet> changeSets = tool.migrate(database, context, log);
      return new Migrated(database, MigratedSchema.readAll(database), changeSets);
    }
    ChangeLogState state = prepared.get().state();
    String key = KeptKey.of(request, state, ServerVersion.major(database));
    Optional<KeptEntry> kept = restore(key, state, database);
    List<ChangeSet> changeSets;
    if (kept.isEmpty()) {
      changeSets = prepared.get().migrate();
    } else {
      Optional<List<ChangeSet>> updated = updated(prepared.get());
      if (updated.isPresent()) {
        changeSets = updated.get();
      } else {
        server.dropDatabase(database);
        database = server.createDatabase(prefix);
        kept = Optional.empty();
        changeSets = tool.migrate(database, context, log);
      }
    }
    Schema schema = MigratedSchema.readAll(database);
    long rows = historyRows(database);
    if (kept.isPresent()) {
      log.info("Kept migrated database reused from " + store.file(key) + ": " + tool.name() + " applied what is new ("
          + tool.historyTable() + " " + kept.get().historyRows() + " -> " + rows + " rows)");
    }
    if (kept.isEmpty() || kept.get().historyRows() != rows) {
      keep(database, key, state, rows, schema);
    }
    return new Migrated(database, schema, changeSets);
  }

  /** Empty when the migrations cannot be read: nothing is kept, and the migration itself reports what is wrong, as without a cache. */
  private Optional<PreparedMigration> prepare(Database database) {
    try {
      return Optional.of(tool.prepare(database, context, log));
    } catch (IntegrityException e) {
      return Optional.empty();
    }
  }

  /** The kept entry of {@code key}, restored into {@code database}; empty (and the database still empty) when it cannot stand in. */
  private Optional<KeptEntry> restore(String key, ChangeLogState state, Database database) {
    return store.read(key).filter(entry -> appended(entry, state) && restored(entry, database, key));
  }

  /** Lets the tool apply what is new to the restored database: the changeSets it parsed, or empty (with one line) when it refuses. */
  private Optional<List<ChangeSet>> updated(PreparedMigration prepared) {
    try {
      return Optional.of(prepared.migrate());
    } catch (IntegrityException e) {
      log.info("Kept migrated database not reused: " + tool.name() + " refused to update it (" + firstLine(e.getMessage())
          + "); migrating from empty");
      return Optional.empty();
    }
  }

  private boolean appended(KeptEntry entry, ChangeLogState state) {
    Optional<String> why = ChangeLogGrowth.whyNotAppended(entry.changeSets(), state.changeSets());
    why.ifPresent(reason -> log.info("Kept migrated database not reused: " + reason + "; migrating from empty"));
    return why.isEmpty();
  }

  /** Replays the entry into the empty {@code database} in one transaction, committed only when the schema is the one it was kept with. */
  private boolean restored(KeptEntry entry, Database database, String key) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      entry.dump().replay(connection);
      if (!Fingerprint.unordered(MigratedSchema.readAll(connection)).equals(Fingerprint.unordered(entry.schema()))) {
        connection.rollback();
        store.discard(key, "it did not rebuild the schema it was kept with");
        return false;
      }
      connection.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      store.discard(key, "it did not restore (" + firstLine(e.getMessage()) + ")");
      return false;
    }
  }

  /** Dumps {@code database} into the entry, unless it holds what a dump does not rebuild (then says so in one line). */
  private void keep(Database database, String key, ChangeLogState state, long historyRows, Schema schema) {
    try (Connection connection = database.connect()) {
      List<String> unsupported = DumpReader.unsupported(connection);
      if (!unsupported.isEmpty()) {
        log.info("Migrated database not kept for the next build: it holds " + unsupported.get(0)
            + (unsupported.size() > 1 ? " and " + (unsupported.size() - 1) + " more object(s)" : "")
            + " that the kept state does not rebuild (see docs/cache.md)");
        return;
      }
      store.write(new KeptEntry(KeptEntry.FORMAT, key, state.changeSets(), historyRows, schema, DumpReader.read(connection)));
    } catch (SQLException e) {
      log.warn("integrity: cannot keep the migrated database " + database.name() + ": " + e.getMessage());
    }
  }

  /** The rows of the tool's history table, wherever the tool put it (0 when it has none). */
  private long historyRows(Database database) {
    String find = "SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) FROM pg_catalog.pg_class c"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ? AND c.relkind = 'r' ORDER BY n.nspname";
    try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(find)) {
      statement.setString(1, tool.historyTable());
      long rows = 0;
      try (ResultSet tables = statement.executeQuery(); Statement count = connection.createStatement()) {
        while (tables.next()) {
          try (ResultSet row = count.executeQuery("SELECT count(*) FROM " + tables.getString(1))) {
            row.next();
            rows += row.getLong(1);
          }
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IntegrityException("cannot count the rows of " + tool.historyTable() + " in " + database.name() + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("");
  }
}
