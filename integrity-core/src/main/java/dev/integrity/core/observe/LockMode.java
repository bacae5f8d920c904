package dev.integrity.core.observe;

/** PostgreSQL's table lock modes, weakest first, as {@code pg_locks.mode} names them. */
public enum LockMode {
  ACCESS_SHARE("AccessShareLock"),
  ROW_SHARE("RowShareLock"),
  ROW_EXCLUSIVE("RowExclusiveLock"),
  SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
  SHARE("ShareLock"),
  SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
  EXCLUSIVE("ExclusiveLock"),
  ACCESS_EXCLUSIVE("AccessExclusiveLock");

  private final String catalogName;

  LockMode(String catalogName) {
    this.catalogName = catalogName;
  }

  /** The mode {@code pg_locks} names {@code name}; null for a mode that is not a table lock. */
  static LockMode of(String name) {
    for (LockMode mode : values()) {
      if (mode.catalogName.equals(name)) {
        return mode;
      }
    }
    return null;
  }

  /** Whether the application's INSERT, UPDATE and DELETE wait while it is held (SHARE and stronger). */
  public boolean blocksWrites() {
    return compareTo(SHARE) >= 0;
  }

  /** The SQL words of the mode: {@code ACCESS EXCLUSIVE}. */
  public String sql() {
    return name().replace('_', ' ');
  }
}
