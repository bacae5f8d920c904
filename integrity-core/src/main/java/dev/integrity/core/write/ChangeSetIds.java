package dev.integrity.core.write;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ids of the new changeSets, in the pattern of the project's last changeSet: a sequence ({@code 7}, {@code 8}),
 * JHipster's timestamp and counter ({@code 20240101000000-1}), or else the fix's own readable ids.
 */
final class ChangeSetIds {

  private static final Pattern SEQUENCE = Pattern.compile("\\d+");
  private static final Pattern TIMESTAMPED = Pattern.compile("\\d{12,}-\\d+.*");

  private ChangeSetIds() {}

  /**
   * @param existing the ids of the project's changeSets, in changelog order
   * @param readable the fix's own ids, one per new changeSet
   * @param stamp the timestamp of the new file (its name's or now's)
   */
  static List<String> ids(List<String> existing, List<String> readable, String stamp) {
    String last = existing.isEmpty() ? "" : existing.get(existing.size() - 1);
    List<String> ids = new ArrayList<>();
    if (SEQUENCE.matcher(last).matches()) {
      BigInteger next = existing.stream().filter(id -> SEQUENCE.matcher(id).matches()).map(BigInteger::new)
          .max(BigInteger::compareTo).orElseThrow().add(BigInteger.ONE);
      int width = last.startsWith("0") ? last.length() : 0;
      for (int i = 0; i < readable.size(); i++) {
        ids.add(FileNames.pad(next.add(BigInteger.valueOf(i)).toString(), width));
      }
      return ids;
    }
    if (TIMESTAMPED.matcher(last).matches()) {
      for (int i = 0; i < readable.size(); i++) {
        ids.add(stamp + "-" + (i + 1));
      }
      return ids;
    }
    return List.copyOf(readable);
  }
}
