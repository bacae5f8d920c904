package dev.integrity.core.since;

import java.util.List;

/**
 * The changeSets after the base ({@code file::id::author}, in changelog order) and how the base was chosen, for
 * the console. Empty: the rules that judge new changeSets have nothing to judge.
 */
public record NewChangeSets(List<String> keys, String base) {

  public NewChangeSets {
    keys = List.copyOf(keys);
  }

  public static NewChangeSets none(String why) {
    return new NewChangeSets(List.of(), why);
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }
}
