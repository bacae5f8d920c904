package dev.integrity.core.database;

import java.time.Duration;

/** Wording shared by the providers' error messages. */
final class ProviderMessages {

  private ProviderMessages() {}

  static String duration(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getName() : clause(root.getMessage());
  }

  /** A message made to continue a sentence: one line, no final period (the caller adds what to do). */
  static String clause(String message) {
    String text = message.replaceAll("\\s+", " ").trim();
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  static boolean anyMessageContains(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }
}
