package dev.integrity.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Identifiers spelled as PostgreSQL's {@code quote_ident} spells them: bare when lower case and not a
 * keyword, else in double quotes. Catalog functions such as {@code pg_get_indexdef} print names this way;
 * a column name compares with an index key through {@link #names}, which does not depend on the keywords.
 */
public final class Identifiers {

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Set<String> KEYWORDS = keywords();

  private Identifiers() {}

  public static String quote(String identifier) {
    return PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier)
        ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * Whether {@code printed}, a name as a catalog function printed it, is {@code identifier}: quoted, or bare
   * when it could be. The keyword list here is PostgreSQL 17's, and servers differ (before 16, {@code json}
   * and {@code system_user} are not keywords and print bare), so either spelling is taken; a bare word in an
   * index key is always a column, since no expression of one word is immutable.
   */
  public static boolean names(String printed, String identifier) {
    return printed.equals("\"" + identifier.replace("\"", "\"\"") + "\"") || printed.equals(identifier) && PLAIN.matcher(printed).matches();
  }

  private static Set<String> keywords() {
    try (InputStream in = Identifiers.class.getResourceAsStream("keywords.txt")) {
      if (in == null) {
        throw new IllegalStateException("the plugin's build is broken: keywords.txt is missing");
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
