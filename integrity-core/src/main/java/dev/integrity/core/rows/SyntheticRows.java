package dev.integrity.core.rows;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Fills every table of a migrated database with the same number of deterministic synthetic rows that its
 * constraints accept: NOT NULL, primary and unique keys, foreign keys (tables in dependency order, cycles and
 * self-references closed by an update afterwards), checks (a domain's too), enum types and lengths; generated
 * columns are left to PostgreSQL. One statement per table (and
 * one per deferred foreign key), all in one transaction: on failure nothing is left half filled. A check or unique
 * key that refuses the rows moves the columns it reads on to their next kind of value; when none is left, the error
 * names the table, the constraint, its columns and PostgreSQL's message. {@code schema} is the database as {@link
 * dev.integrity.core.inspect.CatalogReader} read it, so the migration tools' history tables are not in it.
 */
public final class SyntheticRows {

  private static final String CHECK_VIOLATION = "23514";
  private static final String UNIQUE_VIOLATION = "23505";

  private SyntheticRows() {}

  public static FilledRows fill(Connection connection, Schema schema, int rows) {
    return fill(connection, schema, rows, false);
  }

  /**
   * Like {@link #fill}, but a table whose constraints refuse every synthetic value tried, or that has a NOT NULL column
   * of a type without synthetic values, is left empty (a note says why) and the other tables are filled: for the
   * observer of new changeSets, which is better served by a database partly filled than by none.
   */
  public static FilledRows fillWhatFits(Connection connection, Schema schema, int rows) {
    return fill(connection, schema, rows, true);
  }

  private static FilledRows fill(Connection connection, Schema schema, int rows, boolean skipRefused) {
    if (rows < 1) {
      throw new IntegrityException("the number of synthetic rows per table must be at least 1, not " + rows);
    }
    FillOrder order = FillOrder.of(schema);
    List<String> filled = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try {
      ColumnFacts facts = ColumnFacts.read(connection, schema);
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (Table table : order.tables()) {
          List<ForeignKey> deferred = order.deferred().stream().filter(l -> l.table().equals(table)).map(FillOrder.Link::key).toList();
          attempt(connection, skipRefused, () -> {
            TableFill fill = new TableFill(schema, facts, table, rows, deferred);
            insert(connection, statement, fill);
            notes.addAll(fill.notes());
          }).ifPresentOrElse(refusal -> notes.add(table.qualifiedName() + ": left empty: " + refusal), () -> filled.add(table.qualifiedName()));
        }
        for (FillOrder.Link link : order.deferred()) {
          String update = TableFill.update(link.table(), link.key());
          attempt(connection, skipRefused, () -> {
            try {
              statement.executeUpdate(update);
            } catch (SQLException e) {
              throw new IntegrityException("cannot fill the foreign key " + link.describe() + " with synthetic rows: "
                  + e.getMessage() + ". Statement: " + update, e);
            }
          }).ifPresent(refusal -> notes.add(link.describe() + ": left NULL: " + refusal));
        }
        connection.commit();
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot fill the database with synthetic rows: " + e.getMessage(), e);
    }
    return new FilledRows(rows, filled, notes);
  }

  private interface Step {
    void run() throws SQLException;
  }

  /**
   * Runs {@code step}; when {@code skipRefused}, a refusal ({@link IntegrityException}) undoes the step alone and is
   * returned instead of thrown.
   */
  private static Optional<String> attempt(Connection connection, boolean skipRefused, Step step) throws SQLException {
    if (!skipRefused) {
      step.run();
      return Optional.empty();
    }
    Savepoint before = connection.setSavepoint();
    try {
      step.run();
      connection.releaseSavepoint(before);
      return Optional.empty();
    } catch (IntegrityException e) {
      connection.rollback(before);
      return Optional.of(e.getMessage());
    }
  }

  /** Inserts the rows, moving refused columns on to their next values until the constraints accept them or none is left. */
  private static void insert(Connection connection, Statement statement, TableFill fill) throws SQLException {
    while (true) {
      String insert = fill.insert();
      Savepoint before = connection.setSavepoint();
      try {
        statement.executeUpdate(insert);
        connection.releaseSavepoint(before);
        return;
      } catch (SQLException e) {
        connection.rollback(before);
        Optional<String> constraint = constraint(e);
        Optional<List<String>> columns = constraint.flatMap(fill::columnsOf)
            .or(() -> serverMessage(e).map(ServerErrorMessage::getDatatype).flatMap(fill::columnsOfType));
        boolean refusedByKeyOrCheck = CHECK_VIOLATION.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState());
        if (refusedByKeyOrCheck && columns.isPresent() && fill.advance(columns.get())) {
          continue;
        }
        if (UNIQUE_VIOLATION.equals(e.getSQLState()) && columns.isEmpty() && fill.distinctEverywhere()) {
          continue;
        }
        throw new IntegrityException("cannot fill table " + fill.table().qualifiedName() + " with synthetic rows: "
            + refusal(fill.table(), e, constraint, columns) + ". Statement: " + insert, e);
      }
    }
  }

  private static String refusal(Table table, SQLException e, Optional<String> constraint, Optional<List<String>> columns) {
    String message = e.getMessage().replaceAll("\\s+", " ").trim();
    if (constraint.isPresent() && columns.isPresent()) {
      String definition = table.checks().stream().filter(c -> c.name().equals(constraint.get())).map(c -> " (" + c.expression() + ")")
          .findFirst().orElse("");
      return "constraint " + constraint.get() + definition + " refuses every value tried for column"
          + (columns.get().size() == 1 ? " " : "s ") + String.join(", ", columns.get()) + ": " + message;
    }
    Optional<String> column = serverMessage(e).map(ServerErrorMessage::getColumn);
    return column.map(c -> "column " + c + ": ").orElse("") + message;
  }

  private static Optional<String> constraint(SQLException e) {
    return serverMessage(e).map(ServerErrorMessage::getConstraint);
  }

  private static Optional<ServerErrorMessage> serverMessage(SQLException e) {
    return e instanceof PSQLException p ? Optional.ofNullable(p.getServerErrorMessage()) : Optional.empty();
  }
}
