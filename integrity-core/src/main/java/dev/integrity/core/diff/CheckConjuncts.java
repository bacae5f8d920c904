package dev.integrity.core.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The key two checks match by: their normalised expression with its top-level AND terms in a fixed order, since
 * PostgreSQL keeps the order it was given. Hibernate writes {@code @Min} and {@code @Max} on one column as
 * {@code (x <= 5) AND (x >= 1)}, a migration's {@code between 1 and 5} reads back as {@code (x >= 1) AND (x <= 5)}:
 * the same check.
 */
final class CheckConjuncts {

  private static final String AND = " AND ";

  private CheckConjuncts() {}

  static String key(String expression) {
    String inner = unwrap(expression.trim());
    List<String> terms = topLevelTerms(inner);
    if (terms.size() == 1) {
      return inner;
    }
    return String.join(AND, terms.stream().map(CheckConjuncts::key).sorted().toList());
  }

  /** Drops parentheses that enclose the whole expression. */
  private static String unwrap(String expression) {
    String text = expression;
    while (text.startsWith("(") && closingParen(text) == text.length() - 1) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text;
  }

  private static int closingParen(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> topLevelTerms(String expression) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && expression.startsWith(AND, i)) {
        terms.add(expression.substring(start, i));
        start = i + AND.length();
      }
    }
    terms.add(expression.substring(start));
    return terms;
  }
}
