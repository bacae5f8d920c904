package dev.integrity.core.diff;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note a column difference carries when the entity leaves length, precision or scale to Hibernate's default,
 * written by the comparer and read back by the console, which groups such differences: one place holds the wording.
 */
public final class Undeclared {

  private static final Pattern NOTE = Pattern.compile(" \\(the entity does not declare ([a-z ]+): Hibernate's default applies,");

  private Undeclared() {}

  /** " (the entity does not declare length: …)", or nothing for no attribute. */
  static String note(Set<String> attributes) {
    return attributes.isEmpty() ? ""
        : " (the entity does not declare " + String.join(" or ", new TreeSet<>(attributes))
            + ": Hibernate's default applies, so the fix may belong in the entity)";
  }

  /** The attributes a difference's message says the entity left to Hibernate's default. */
  public static Set<String> in(Difference difference) {
    Matcher m = NOTE.matcher(difference.message() == null ? "" : difference.message());
    return m.find() ? new TreeSet<>(Arrays.asList(m.group(1).split(" or "))) : Set.of();
  }
}
