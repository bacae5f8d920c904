package dev.integrity.core.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.SyntheticSchema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The catalog reader sends a fixed number of queries whatever the number of tables (counted, not timed). */
class CatalogReaderQueryCountTest {

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate");

  @Test
  void queriesDoNotGrowWithTheTableCount() throws Exception {
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings("docker"))) {
      Counted five = read(server, 5);
      Counted twoHundred = read(server, 200);
      assertEquals(5, five.schema().tables().size());
      assertEquals(200, twoHundred.schema().tables().size());
      assertEquals(200, twoHundred.schema().views().size());
      assertEquals(List.of(new Extension("citext", "public")), twoHundred.schema().extensions());
      assertEquals(7, CatalogReader.QUERY_COUNT);
      assertEquals(CatalogReader.QUERY_COUNT, five.queries());
      assertEquals(five.queries(), twoHundred.queries());
    }
  }

  private static Counted read(DatabaseServer server, int tables) throws Exception {
    Database database = server.createDatabase("integrity_count");
    try {
      try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
        statement.execute(SyntheticSchema.ddl(tables));
      }
      AtomicInteger queries = new AtomicInteger();
      try (Connection connection = database.connect()) {
        Schema schema = new CatalogReader(List.of("public", "sales")).read(counting(connection, queries));
        return new Counted(schema, queries.get());
      }
    } finally {
      server.dropDatabase(database);
    }
  }

  /** The real connection, with every statement it creates counting its executions. */
  private static Connection counting(Connection connection, AtomicInteger queries) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof Statement statement) {
            Class<?> type = method.getReturnType();
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
              if (EXECUTIONS.contains(m.getName())) {
                queries.incrementAndGet();
              }
              return invoke(statement, m, a);
            });
          }
          return result;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private record Counted(Schema schema, int queries) {}
}
