package dev.integrity.core.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One server per build: the runs of one build (the modules of a reactor, also with {@code -T}) that ask
 * for the same settings lease one server, each creating its own scratch databases on it. The server stops
 * when the {@code buildUsers} expected runs have released it or ended without it (a module that skips, a
 * cached verdict) and no lease is open; if fewer runs come (a module failed before its turn), the
 * JVM-exit hook stops it.
 */
final class SharedServers {

  private static final Map<DatabaseSettings, Shared> SERVERS = new HashMap<>();
  /** Runs of a build that said they will not use its servers, also those said before a server started. */
  private static final Map<String, Integer> FORGONE = new HashMap<>();
  /** Whether the run on this thread has leased a server since {@link #runStarts}. */
  private static final ThreadLocal<Boolean> LEASED = ThreadLocal.withInitial(() -> false);

  private SharedServers() {}

  static synchronized DatabaseServer lease(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    if (shared == null) {
      int expected = settings.buildUsers() - FORGONE.getOrDefault(settings.buildId(), 0);
      shared = new Shared(DatabaseProviders.startOwn(settings), Math.max(1, expected));
      SERVERS.put(settings, shared);
    }
    shared.open++;
    LEASED.set(true);
    return new Lease(settings, shared.server);
  }

  static void runStarts() {
    LEASED.set(false);
  }

  /** A run that never leased (it skipped, its verdict was cached, it failed before) forgoes the build's servers. */
  static void runEnds(String buildId) {
    boolean leased = LEASED.get();
    LEASED.remove();
    if (!leased) {
      forgo(buildId);
    }
  }

  /** One run of build {@code buildId} will not use any of its servers (it skips): a server nobody else will use stops now. */
  private static synchronized void forgo(String buildId) {
    if (buildId == null) {
      return;
    }
    FORGONE.merge(buildId, 1, Integer::sum);
    for (Map.Entry<DatabaseSettings, Shared> entry : List.copyOf(SERVERS.entrySet())) {
      if (buildId.equals(entry.getKey().buildId())) {
        entry.getValue().remaining--;
        stopIfDone(entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * Counts one expected run as done and says whether the lease may skip its drops: only when the server
   * stops at its {@link #closeLease} because no other lease is open and no other run is expected.
   */
  private static synchronized boolean release(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    if (shared == null) {
      return false;
    }
    shared.remaining--;
    return shared.remaining <= 0 && shared.open == 1;
  }

  private static synchronized void closeLease(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    if (shared != null) {
      shared.open--;
      stopIfDone(settings, shared);
    }
  }

  private static void stopIfDone(DatabaseSettings settings, Shared shared) {
    if (shared.remaining <= 0 && shared.open <= 0) {
      SERVERS.remove(settings);
      if (SERVERS.keySet().stream().noneMatch(other -> settings.buildId().equals(other.buildId()))) {
        FORGONE.remove(settings.buildId());
      }
      shared.server.close();
    }
  }

  private static final class Shared {
    final DatabaseServer server;
    int remaining;
    int open;

    Shared(DatabaseServer server, int remaining) {
      this.server = server;
      this.remaining = remaining;
    }
  }

  private static final class Lease implements DatabaseServer {
    private final DatabaseSettings settings;
    private final DatabaseServer server;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Set<Database> created = ConcurrentHashMap.newKeySet();

    Lease(DatabaseSettings settings, DatabaseServer server) {
      this.settings = settings;
      this.server = server;
    }

    @Override
    public String description() {
      return server.description() + ", shared by the build's modules";
    }

    @Override
    public Database createDatabase(String prefix) {
      Database database = server.createDatabase(prefix);
      created.add(database);
      return database;
    }

    @Override
    public void dropDatabase(Database database) {
      created.remove(database);
      server.dropDatabase(database);
    }

    /**
     * Drops what this run created and did not drop, then lets the server go. The last run skips the drops:
     * the server stops next, and stopping a server drops everything it created (or throws it away whole).
     */
    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        try {
          if (!release(settings)) {
            Set.copyOf(created).forEach(this::dropDatabase);
          }
        } finally {
          closeLease(settings);
        }
      }
    }
  }
}
