package dev.integrity.core.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code CREATE EXTENSION} the disposable server cannot honour: the extension is not installed on it (a
 * third-party one such as postgis, which neither the embedded PostgreSQL nor the stock image ships).
 */
public final class UnavailableExtension {

  /** PostgreSQL 15 and later say "is not available"; earlier ones name the control file they could not open. */
  private static final Pattern MESSAGE = Pattern.compile(
      "extension \"([^\"]+)\" is not available|could not open extension control file \"[^\"]*/([^/\"]+)\\.control\"");

  private UnavailableExtension() {}

  /** The explained error when {@code error}'s chain says an extension is missing from the server; {@code what} names what asked for it. */
  public static Optional<IntegrityException> explain(Throwable error, String what) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = t.getMessage() == null ? null : MESSAGE.matcher(t.getMessage());
      if (m != null && m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new IntegrityException(what + " needs the PostgreSQL extension " + name
            + ", which the disposable server does not have. The embedded PostgreSQL and the postgres image ship the contrib"
            + " extensions (citext, pgcrypto, uuid-ossp, hstore, pg_trgm and the others of PostgreSQL's own distribution), not"
            + " third-party ones: use -Dintegrity.database=docker with an <image> that has " + name
            + ", or -Dintegrity.database=jdbc with a server that has it.", error));
      }
    }
    return Optional.empty();
  }
}
