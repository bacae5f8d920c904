package dev.integrity.core.changelog;

/**
 * Whether the fix takes PostgreSQL's lock-safe forms on the tables that exist before it ({@code lockSafeFix}):
 * foreign keys and checks added {@code NOT VALID} and validated in a later changeSet, NOT NULL through a
 * validated check, indexes built {@code CONCURRENTLY} outside a transaction, and a type change that rewrites the
 * table commented with the add–backfill–swap alternative. Tables the fix itself creates are empty: they keep
 * the plain forms either way.
 */
public enum LockSafeFix {
  ON,
  /**
   * The forms a Flyway migration can run: all but {@code CREATE INDEX CONCURRENTLY}, which waits for every older
   * transaction to end, Flyway's own included (it holds its transactional advisory lock, the default since
   * Flyway 9.1.2, for the whole migration): indexes are built plainly, with a comment on the concurrent build.
   */
  ON_WITHOUT_CONCURRENT_INDEXES,
  OFF;

  public static LockSafeFix of(boolean on) {
    return on ? ON : OFF;
  }

  /** These forms as a Flyway migration can take them. */
  public LockSafeFix forFlyway() {
    return this == ON ? ON_WITHOUT_CONCURRENT_INDEXES : this;
  }
}
