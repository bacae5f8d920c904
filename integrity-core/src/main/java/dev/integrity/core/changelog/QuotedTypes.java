package dev.integrity.core.changelog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RawSQLChange;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.RollbackImpossibleException;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Column types that PostgreSQL prints quoted ({@code "OrderStatus"}, an enum type with capitals): Liquibase
 * upper-cases every type it does not know and drops the quotes, so such a change could not apply. The
 * writer gives Liquibase a placeholder type and, for the few changes that carry one, writes the SQL
 * Liquibase generates for PostgreSQL with the exact type put back.
 */
final class QuotedTypes {

  private static final String PREFIX = "integrity_quoted_type_";
  private static final Pattern PLACEHOLDER = Pattern.compile("(?i)" + PREFIX + "([0-9a-f]+)");
  /** Names come from the catalog exactly: written quoted, they are right whatever their case. */
  private static final Database POSTGRESQL = new PostgresDatabase();

  static {
    POSTGRESQL.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
  }

  private QuotedTypes() {}

  /** The type to give Liquibase: itself, or a placeholder when it is quoted. */
  static String placeholder(String type) {
    return type.indexOf('"') < 0 ? type : PREFIX + HexFormat.of().formatHex(type.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The translation with each change, forward or rollback, that carries a placeholder written as SQL with
   * the exact type; when Liquibase would have derived the rollback itself, it is written out too, from the
   * same changes.
   */
  static LiquibaseChanges.Translation spelledOut(LiquibaseChanges.Translation translation) {
    List<Change> changes = translation.changes().stream().map(change -> spelledOut(change, false)).toList();
    // a drop carries no placeholder, but its rollback (re-adding the column or table) can
    List<Change> rollback = translation.rollback().stream().map(change -> spelledOut(change, false)).toList();
    if (changes.equals(translation.changes()) && rollback.equals(translation.rollback())) {
      return translation;
    }
    if (rollback.isEmpty()) {
      List<Change> derived = new ArrayList<>(translation.changes().stream().map(change -> spelledOut(change, true)).toList());
      Collections.reverse(derived);
      rollback = derived;
    }
    return translation.withChanges(changes, rollback);
  }

  private static Change spelledOut(Change change, boolean rollback) {
    if (!(change instanceof CreateTableChange || change instanceof AddColumnChange || change instanceof ModifyDataTypeChange)) {
      return change;
    }
    SqlStatement[] statements;
    try {
      statements = rollback ? change.generateRollbackStatements(POSTGRESQL) : change.generateStatements(POSTGRESQL);
    } catch (RollbackImpossibleException e) { // the translation gives its own rollback for the changes Liquibase cannot undo
      throw new IllegalStateException("no rollback for " + change.getDescription(), e);
    }
    String sql = Stream.of(SqlGeneratorFactory.getInstance().generateSql(statements, POSTGRESQL))
        .map(Sql::toSql)
        .collect(Collectors.joining(";\n"));
    if (!rollback && !sql.toLowerCase(Locale.ROOT).contains(PREFIX)) {
      return change;
    }
    Matcher m = PLACEHOLDER.matcher(sql);
    StringBuilder exact = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(exact, Matcher.quoteReplacement(new String(HexFormat.of().parseHex(m.group(1).toLowerCase(Locale.ROOT)), StandardCharsets.UTF_8)));
    }
    m.appendTail(exact);
    return new RawSQLChange(exact.toString());
  }
}
