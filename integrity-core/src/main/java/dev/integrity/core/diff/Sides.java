package dev.integrity.core.diff;

/**
 * What the two compared sides are called in messages and reports. {@code expected} is the side a fix moves
 * the other towards (the model, the migrations, a snapshot), {@code actual} the side it changes; both read
 * after "in" ("in the model", "in the live database"). {@code expectedColumn} and {@code actualColumn} head
 * the sides' columns in tables and lines; {@code expectedTitle} names the expected side in a report's
 * headline ("the entity model").
 */
public record Sides(String expected, String actual, String expectedColumn, String actualColumn, String expectedTitle) {

  public static final Sides MODEL_AND_MIGRATED = new Sides("the model", "the migrated database", "model", "database", "the entity model");
  public static final Sides MIGRATIONS_AND_LIVE = new Sides("the migrations", "the live database", "migrations", "live", "the migrations");
  public static final Sides SNAPSHOT_AND_LIVE = new Sides("the snapshot", "the live database", "snapshot", "live", "the snapshot");
  public static final Sides BEFORE_AND_ROLLED_BACK = new Sides("the schema before the changeSet", "the rolled-back database",
      "before", "after rollback", "the schema before the changeSet");

  /** "No differences: the migrated database matches the entity model." */
  public String noDifferences() {
    return "No differences: " + actual + " matches " + expectedTitle;
  }

  /** "between the entity model and the migrated database". */
  public String between() {
    return "between " + expectedTitle + " and " + actual;
  }
}
