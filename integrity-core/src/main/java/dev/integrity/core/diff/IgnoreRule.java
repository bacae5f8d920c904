package dev.integrity.core.diff;

import dev.integrity.core.common.IntegrityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One {@code <ignore>} rule: {@code key=glob} terms separated by spaces or {@code ;}, keys {@code kind},
 * {@code schema}, {@code table}, {@code column}; a difference is dropped when every term matches it.
 * Globs: {@code *} any characters, {@code ?} one, {@code |} between alternatives; names compare as
 * PostgreSQL stores them, kinds case-insensitively. Example: {@code kind=EXTRA_INDEX|EXTRA_UNIQUE table=report_*}.
 * See docs/ignores.md.
 */
public record IgnoreRule(String text, Map<String, Pattern> terms) {

  private static final List<String> KEYS = List.of("kind", "schema", "table", "column");

  public IgnoreRule {
    terms = Map.copyOf(terms);
  }

  public static IgnoreRule parse(String text) {
    Map<String, Pattern> terms = new LinkedHashMap<>();
    for (String term : text.trim().split("[\\s;]+")) {
      if (term.isEmpty()) {
        continue;
      }
      int equals = term.indexOf('=');
      String key = equals < 0 ? "" : term.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      String glob = equals < 0 ? "" : term.substring(equals + 1).trim();
      if (!KEYS.contains(key) || glob.isEmpty()) {
        throw bad(text, "'" + term + "' is not key=pattern with a key among " + KEYS);
      }
      if (terms.containsKey(key)) {
        throw bad(text, "'" + key + "' appears twice; put alternatives in one term with |, e.g. " + key + "=a|b");
      }
      boolean kind = key.equals("kind");
      Pattern pattern = glob(kind ? glob.toUpperCase(Locale.ROOT) : glob);
      if (kind && Arrays.stream(DifferenceKind.values()).noneMatch(k -> pattern.matcher(k.name()).matches())) {
        throw bad(text, "kind '" + glob + "' matches no difference kind; the kinds are " + Arrays.toString(DifferenceKind.values()));
      }
      terms.put(key, pattern);
    }
    if (terms.isEmpty()) {
      throw bad(text, "it is empty");
    }
    return new IgnoreRule(text.trim(), terms);
  }

  public static List<IgnoreRule> parseAll(List<String> texts) {
    List<IgnoreRule> rules = new ArrayList<>();
    texts.stream().filter(t -> t != null && !t.isBlank()).forEach(t -> rules.add(parse(t)));
    return List.copyOf(rules);
  }

  public boolean matches(Difference difference) {
    return matches("kind", difference.kind().name())
        && matches("schema", difference.schema())
        && matches("table", difference.table())
        && matches("column", difference.column());
  }

  private boolean matches(String key, String value) {
    Pattern pattern = terms.get(key);
    return pattern == null || value != null && pattern.matcher(value).matches();
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        case '|' -> regex.append('|');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile("(?:" + regex + ")");
  }

  private static IntegrityException bad(String text, String why) {
    return new IntegrityException("<ignores> rule '" + text + "' is not valid: " + why
        + ". Write rules such as 'kind=EXTRA_INDEX table=report_*' (see docs/ignores.md).");
  }
}
