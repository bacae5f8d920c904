package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.util.ArrayList;
import java.util.List;

/** Turns a Hibernate exception chain (classes of another class loader) into one readable sentence. */
final class HibernateMessages {

  private HibernateMessages() {}

  /** The model cannot be exported as Hibernate maps it: when building the metadata or running its DDL. */
  static IntegrityException rejected(Throwable error) {
    return new IntegrityException("Hibernate rejected the entity model: " + reason(error)
        + ". Fix the mapping named above; the application would fail the same way at startup.", error);
  }

  private static String reason(Throwable error) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = error; t != null && parts.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && parts.stream().noneMatch(p -> p.contains(message))) {
        parts.add(message.replaceAll("\\s+", " ").trim());
      }
    }
    return parts.isEmpty() ? error.getClass().getName() : String.join(": ", parts);
  }
}
