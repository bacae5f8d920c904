package dev.integrity.core.since;

import dev.integrity.core.common.IntegrityException;
import java.util.Locale;

/**
 * The parameter {@code since}: the base after which changeSets are "new". Blank: the default (the changeSets
 * the committed snapshot does not record, else none); {@code snapshot}: those the snapshot does not record;
 * {@code git:<ref>}: those the changelog at that git ref of the project does not have; anything else names a
 * changeSet ({@code file::id::author} or its id) and the new ones are those after it.
 */
public record Since(Kind kind, String value) {

  public enum Kind { DEFAULT, SNAPSHOT, GIT, CHANGE_SET }

  public static final Since DEFAULT = new Since(Kind.DEFAULT, "");

  public static Since parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String value = text.trim();
    if (value.toLowerCase(Locale.ROOT).equals("snapshot")) {
      return new Since(Kind.SNAPSHOT, value);
    }
    if (value.startsWith("git:")) {
      String ref = value.substring(4).trim();
      if (ref.isEmpty() || ref.startsWith("-")) {
        throw new IntegrityException("<since> '" + text + "' names no git ref; write git:<ref>, e.g. git:origin/main.");
      }
      return new Since(Kind.GIT, ref);
    }
    return new Since(Kind.CHANGE_SET, value);
  }
}
