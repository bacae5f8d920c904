package dev.integrity.core.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Quoting of identifiers, and the drift goal's SQL resources. */
final class Sql {

  private Sql() {}

  static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String table(String schema, String table) {
    return ident(schema) + "." + ident(table);
  }

  /** {@code x."a"} for one column, {@code ROW(x."a", x."b")} for several, each as text. */
  static String asText(String alias, List<String> columns) {
    if (columns.isEmpty()) {
      return "NULL::text";
    }
    if (columns.size() == 1) {
      return alias + "." + ident(columns.get(0)) + "::text";
    }
    return "ROW(" + columns.stream().map(c -> alias + "." + ident(c)).collect(Collectors.joining(", ")) + ")::text";
  }

  static String resource(String name) {
    try (InputStream in = Sql.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SQL resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
