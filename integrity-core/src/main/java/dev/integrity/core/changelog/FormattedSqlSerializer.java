package dev.integrity.core.changelog;

import java.util.TreeSet;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.serializer.LiquibaseSerializable;
import liquibase.serializer.core.formattedsql.FormattedSqlChangeLogSerializer;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * Liquibase's formatted SQL serializer, made to keep what a reviewer needs and Liquibase's own one drops:
 * the changeSet's comment, its rollback, {@code runInTransaction:false} and {@code dbms}. The SQL is
 * generated for PostgreSQL whatever the file is called (Liquibase would read the dbms off a
 * {@code changelog.postgresql.sql} file name; the contract's name is {@code changelog.sql}).
 */
final class FormattedSqlSerializer extends FormattedSqlChangeLogSerializer {

  /** PostgreSQL, quoting names as the changeSet says (see {@link ObjectQuoting}): a SQL file has no such attribute. */
  @Override
  protected Database getTargetDatabase(ChangeSet changeSet) {
    return ObjectQuoting.postgresql(changeSet);
  }

  @Override
  public void createChangeSetInfo(ChangeSet changeSet, StringBuilder builder) {
    StringBuilder header = new StringBuilder();
    super.createChangeSetInfo(changeSet, header);
    builder.append(header.toString().stripTrailing());
    if (!changeSet.isRunInTransaction()) {
      builder.append(" runInTransaction:false");
    }
    if (changeSet.getDbmsSet() != null && !changeSet.getDbmsSet().isEmpty()) {
      builder.append(" dbms:").append(String.join(",", new TreeSet<>(changeSet.getDbmsSet())));
    }
    builder.append('\n');
    if (changeSet.getComments() != null) {
      builder.append("--comment: ").append(changeSet.getComments().replaceAll("\\s+", " ")).append('\n');
    }
  }

  @Override
  public String serialize(LiquibaseSerializable object, boolean pretty) {
    StringBuilder text = new StringBuilder(super.serialize(object, pretty));
    ChangeSet changeSet = (ChangeSet) object;
    Database database = getTargetDatabase(changeSet);
    for (Change change : changeSet.getRollback().getChanges()) {
      for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(change.generateStatements(database), database)) {
        String statement = sql.toSql().endsWith(sql.getEndDelimiter()) ? sql.toSql() : sql.toSql() + sql.getEndDelimiter();
        for (String line : statement.split("\n")) {
          text.append("--rollback ").append(line).append('\n');
        }
      }
    }
    return text.toString();
  }
}
