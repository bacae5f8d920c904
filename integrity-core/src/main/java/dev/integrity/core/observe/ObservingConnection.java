package dev.integrity.core.observe;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A connection handed to the migration tool in place of the real one: every SQL statement the tool executes that can
 * change the schema (Liquibase executes a changeSet's statements as plain statements) runs between two reads of the
 * catalog in the same transaction (so before it commits), and what it did is recorded. The tool's own bookkeeping (its
 * history and lock tables, queries, session settings) and parameterised rows (prepared statements) are not. Each
 * statement's own run is timed, the catalog reads around it are not.
 */
final class ObservingConnection {

  private static final Pattern NOT_OBSERVED = Pattern.compile("(?is)\\s*(select|show|set|values)\\b.*|.*databasechangelog.*");

  private final Connection connection;
  private final CatalogState base;
  private final Map<String, Long> rows;
  private final List<StatementObservation> observed = new ArrayList<>();

  /** @param rows the synthetic rows of each table of the base ({@code schema.table}) */
  ObservingConnection(Connection connection, CatalogState base, Map<String, Long> rows) {
    this.connection = connection;
    this.base = base;
    this.rows = Map.copyOf(rows);
  }

  /** The connection to hand to the tool. */
  Connection proxy() {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      // prepared statements carry the tool's parameterised rows (loadData, its history): observing each would cost two catalog reads a row
      return method.getName().equals("createStatement") ? wrap((Statement) result) : result;
    });
  }

  /** The statements observed since the last call, in order; the list starts afresh. */
  List<StatementObservation> take() {
    List<StatementObservation> taken = List.copyOf(observed);
    observed.clear();
    return taken;
  }

  private Statement wrap(Statement statement) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql && observable(sql)) {
        return observe(sql, () -> invoke(statement, method, args));
      }
      return invoke(statement, method, args);
    };
    return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, handler);
  }

  private interface Execution {
    Object run() throws Throwable;
  }

  private Object observe(String sql, Execution execution) throws Throwable {
    CatalogState before = CatalogState.read(connection);
    long start = System.nanoTime();
    Object result = execution.run();
    long nanos = System.nanoTime() - start;
    boolean inTransaction = !connection.getAutoCommit();
    observed.add(Effects.of(sql.strip(), inTransaction, nanos, rows, base, before, CatalogState.read(connection)));
    return result;
  }

  private static boolean observable(String sql) {
    return !NOT_OBSERVED.matcher(sql.toLowerCase(Locale.ROOT)).matches();
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
