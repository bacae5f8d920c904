package dev.integrity.bridge.common;

import java.util.ArrayList;
import java.util.List;

/** Hibernate's DDL script, written with {@link #DELIMITER} and unformatted (one statement per line), as statements. */
final class DdlScript {

  static final String DELIMITER = ";";

  private DdlScript() {}

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(DELIMITER)) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - DELIMITER.length()));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
