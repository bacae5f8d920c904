package dev.integrity.core.changelog;

import dev.integrity.core.diff.Change;
import java.util.Locale;

/**
 * A fix changeSet's readable id, {@code add-column-orders-note}: the step, its table (or sequence, or type)
 * and, where the table has several of the kind, the column, key or index it touches.
 */
final class ReadableIds implements Change.Visitor<String> {

  private static final ReadableIds DETAIL = new ReadableIds();

  private ReadableIds() {}

  static String id(Change change) {
    String verb = change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    String detail = change.accept(DETAIL);
    String schema = "public".equals(change.schema()) ? "" : change.schema() + "-";
    String id = verb + "-" + schema + change.object() + (detail.isEmpty() ? "" : "-" + detail);
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("-+", "-").replaceAll("-$", "");
  }

  @Override
  public String createTable(Change.CreateTable change) {
    return "";
  }

  @Override
  public String dropTable(Change.DropTable change) {
    return "";
  }

  @Override
  public String addColumn(Change.AddColumn change) {
    return change.column().name();
  }

  @Override
  public String dropColumn(Change.DropColumn change) {
    return change.column().name();
  }

  @Override
  public String alterColumnType(Change.AlterColumnType change) {
    return change.to().name();
  }

  @Override
  public String setNullability(Change.SetNullability change) {
    return change.to().name();
  }

  @Override
  public String setDefault(Change.SetDefault change) {
    return change.to().name();
  }

  /** A table has one primary key. */
  @Override
  public String addPrimaryKey(Change.AddPrimaryKey change) {
    return "";
  }

  @Override
  public String dropPrimaryKey(Change.DropPrimaryKey change) {
    return "";
  }

  @Override
  public String addForeignKey(Change.AddForeignKey change) {
    return String.join("-", change.key().columns());
  }

  @Override
  public String dropForeignKey(Change.DropForeignKey change) {
    return String.join("-", change.key().columns());
  }

  @Override
  public String addIndex(Change.AddIndex change) {
    return String.join("-", change.index().keys());
  }

  @Override
  public String dropIndex(Change.DropIndex change) {
    return change.index().name();
  }

  /** The model's check has no name of its own; two on one table are told apart by {@code uniqueId}'s counter. */
  @Override
  public String addCheck(Change.AddCheck change) {
    return "";
  }

  @Override
  public String dropCheck(Change.DropCheck change) {
    return change.check().name();
  }

  @Override
  public String createSequence(Change.CreateSequence change) {
    return "";
  }

  @Override
  public String dropSequence(Change.DropSequence change) {
    return "";
  }

  @Override
  public String alterSequence(Change.AlterSequence change) {
    return "";
  }

  @Override
  public String createEnumType(Change.CreateEnumType change) {
    return "";
  }

  @Override
  public String addEnumLabels(Change.AddEnumLabels change) {
    return "";
  }

  @Override
  public String dropEnumType(Change.DropEnumType change) {
    return "";
  }
}
