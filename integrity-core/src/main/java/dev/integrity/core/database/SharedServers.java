package dev.integrity.core.database;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One server per build: the runs of one build (the modules of a reactor, also with {@code -T}) that ask
 * for the same settings lease one server, each creating its own scratch databases on it. The server stops
 * when the last of the {@code buildUsers} expected runs releases it; if fewer runs come (a module failed
 * before its turn), the JVM-exit hook stops it.
 */
final class SharedServers {

  private static final Map<DatabaseSettings, Shared> SERVERS = new HashMap<>();

  private SharedServers() {}

  static synchronized DatabaseServer lease(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    if (shared == null) {
      shared = new Shared(DatabaseProviders.startOwn(settings), Math.max(1, settings.buildUsers()));
      SERVERS.put(settings, shared);
    }
    return new Lease(settings, shared.server);
  }

  private static synchronized boolean stopsOnRelease(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    return shared != null && shared.remaining <= 1;
  }

  private static synchronized void release(DatabaseSettings settings) {
    Shared shared = SERVERS.get(settings);
    if (shared != null && --shared.remaining <= 0) {
      SERVERS.remove(settings);
      shared.server.close();
    }
  }

  private static final class Shared {
    final DatabaseServer server;
    int remaining;

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
          if (!stopsOnRelease(settings)) {
            Set.copyOf(created).forEach(this::dropDatabase);
          }
        } finally {
          release(settings);
        }
      }
    }
  }
}
