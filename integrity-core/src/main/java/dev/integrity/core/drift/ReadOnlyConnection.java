package dev.integrity.core.drift;

import dev.integrity.core.common.IntegrityException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A connection to a live database that can only read, twice over: PostgreSQL runs it in a read-only
 * transaction ({@code default_transaction_read_only}, {@code SET TRANSACTION READ ONLY}, rolled back at
 * the end), and this wrapper refuses, before sending it, any statement that is not a single
 * {@code SELECT}, {@code WITH ... SELECT} or {@code SHOW}, and any commit or switch back to read-write.
 */
public final class ReadOnlyConnection {

  private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s*(--[^\\n]*\\n|/\\*.*?\\*/))*\\s*", Pattern.DOTALL);
  private static final Set<String> READS = Set.of("select", "with", "show");
  private static final Set<String> REFUSED_METHODS = Set.of("commit", "prepareCall", "nativeSQL", "setTransactionIsolation");

  private ReadOnlyConnection() {}

  /**
   * Puts {@code connection} into a read-only transaction with {@code statementTimeout} per statement, and
   * returns a view of it that lets reads through only. Closing the view rolls back and closes the connection.
   */
  public static Connection open(Connection connection, Duration statementTimeout) throws SQLException {
    try (Statement setup = connection.createStatement()) {
      setup.execute("SET default_transaction_read_only = on");
      setup.execute("SET statement_timeout = " + statementTimeout.toMillis());
      setup.execute("SET lock_timeout = " + statementTimeout.toMillis());
    }
    connection.setAutoCommit(false);
    try (Statement begin = connection.createStatement()) {
      begin.execute("SET TRANSACTION READ ONLY");
      try (ResultSet row = begin.executeQuery("SHOW transaction_read_only")) {
        if (!row.next() || !"on".equals(row.getString(1))) {
          throw new IntegrityException("the live database did not start a read-only transaction; drift refuses to read it");
        }
      }
    }
    return proxy(Connection.class, connection, (target, method, args) -> {
      String name = method.getName();
      if (REFUSED_METHODS.contains(name) || name.equals("setReadOnly") && Boolean.FALSE.equals(args[0])
          || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) {
        throw new SQLException("drift reads only: Connection." + name + " refused", "25006");
      }
      if (name.equals("close")) {
        try {
          connection.rollback();
        } finally {
          connection.close();
        }
        return null;
      }
      if (name.equals("prepareStatement")) {
        requireRead((String) args[0]);
      }
      Object result = method.invoke(target, args);
      return result instanceof Statement statement && name.equals("createStatement") ? guardedStatement(statement) : result;
    });
  }

  /** Throws unless {@code sql} is one read statement. */
  static void requireRead(String sql) throws SQLException {
    String text = LEADING_COMMENTS.matcher(sql).replaceFirst("");
    String keyword = text.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
    String withoutTrailing = text.strip().replaceAll(";\\s*$", "");
    if (!READS.contains(keyword) || withoutTrailing.contains(";")) {
      throw new SQLException("drift reads only: refused a statement that is not a single SELECT, WITH or SHOW: "
          + (text.length() > 80 ? text.substring(0, 80) + "..." : text), "25006");
    }
  }

  private static Statement guardedStatement(Statement statement) {
    return proxy(Statement.class, statement, (target, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch") || name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        throw new SQLException("drift reads only: Statement." + name + " refused", "25006");
      }
      if (name.startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
        requireRead(sql);
      }
      return method.invoke(target, args);
    });
  }

  private interface Guard {
    Object invoke(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Guard guard) {
    InvocationHandler handler = (proxy, method, args) -> {
      try {
        return guard.invoke(target, method, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(ReadOnlyConnection.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
