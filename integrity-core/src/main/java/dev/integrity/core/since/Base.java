package dev.integrity.core.since;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.snapshot.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Which changeSets are new: {@code since} resolved against the changelog's changeSets ({@code file::id::author}, in order). */
public final class Base {

  private Base() {}

  /**
   * @param snapshotFile the committed schema snapshot (null or absent: none)
   * @param atGitRef the changeSets of the changelog as it is at a git ref
   */
  public static NewChangeSets resolve(Since since, List<String> changeSets, Path snapshotFile, Function<String, List<String>> atGitRef) {
    return switch (since.kind()) {
      case DEFAULT -> history(snapshotFile)
          .map(recorded -> notIn(changeSets, recorded, "the changeSets the schema snapshot " + snapshotFile + " records"))
          .orElse(NewChangeSets.none("no <since> and no schema snapshot recording changeSets"));
      case SNAPSHOT -> notIn(changeSets, history(snapshotFile).orElseThrow(() -> new IntegrityException("<since> is 'snapshot' but the schema"
          + " snapshot " + snapshotFile + " does not exist or records no changeSets; run `" + SchemaSnapshot.REFRESH_COMMAND
          + "` on the base and commit it, or name a changeSet or git:<ref>.")), "the changeSets the schema snapshot " + snapshotFile + " records");
      case GIT -> notIn(changeSets, atGitRef.apply(since.value()), "the changelog at git ref " + since.value());
      case CHANGE_SET -> after(changeSets, since.value());
    };
  }

  private static Optional<List<String>> history(Path snapshotFile) {
    return snapshotFile == null || !Files.isRegularFile(snapshotFile) ? Optional.empty() : SchemaSnapshot.changeSets(snapshotFile);
  }

  private static NewChangeSets notIn(List<String> changeSets, List<String> base, String description) {
    Set<String> known = new HashSet<>(base);
    return new NewChangeSets(changeSets.stream().filter(key -> !known.contains(key)).toList(), "after " + description);
  }

  private static NewChangeSets after(List<String> changeSets, String named) {
    List<Integer> matches = IntStream.range(0, changeSets.size()).filter(i -> changeSets.get(i).equals(named)).boxed().toList();
    if (matches.isEmpty()) {
      matches = IntStream.range(0, changeSets.size()).filter(i -> id(changeSets.get(i)).equals(named)).boxed().toList();
    }
    if (matches.isEmpty()) {
      throw new IntegrityException("<since> names changeSet '" + named + "', which the changelog does not have; name one as"
          + " file::id::author or by its id, or use since=snapshot or since=git:<ref>.");
    }
    if (matches.size() > 1) {
      throw new IntegrityException("<since> names changeSet id '" + named + "', which " + matches.size() + " changeSets have ("
          + matches.stream().map(changeSets::get).toList() + "); name it as file::id::author.");
    }
    int base = matches.get(0);
    return new NewChangeSets(changeSets.subList(base + 1, changeSets.size()), "after changeSet " + changeSets.get(base));
  }

  /** The id of {@code file::id::author}: ids may contain '::' themselves, files and authors rarely do. */
  private static String id(String key) {
    int first = key.indexOf("::");
    int last = key.lastIndexOf("::");
    return first < 0 || first == last ? key : key.substring(first + 2, last);
  }
}
