package dev.integrity.core.changelog;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Change;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.Labels;
import liquibase.changelog.ChangeSet;
import liquibase.serializer.ChangeLogSerializer;
import liquibase.serializer.core.json.JsonChangeLogSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

/**
 * Writes the fix: one changeSet per step, ordered by phase so that it applies, with stable readable ids,
 * a comment naming the difference and its entity, and the label {@code destructive} on steps that drop or
 * narrow something; a step in its lock-safe form ({@link LockSafeFix}) may take several changeSets. The same
 * differences give the same bytes.
 */
public final class ChangelogWriter {

  public static final String DESTRUCTIVE_LABEL = "destructive";

  /** What was written: the file, the number of changeSets and how many are destructive. */
  public record Written(Path file, int changeSets, int destructive) {}

  private ChangelogWriter() {}

  public static List<ChangeSet> changeSets(List<Difference> differences, String author, String filePath) {
    return changeSets(differences, author, filePath, BackupBeforeDrop.OFF, LockSafeFix.ON);
  }

  public static List<ChangeSet> changeSets(List<Difference> differences, String author, String filePath, BackupBeforeDrop backup,
      LockSafeFix lockSafe) {
    record Step(Change change, Difference difference, int order) {}
    List<Step> steps = new ArrayList<>();
    int order = 0;
    Set<Change> seen = new HashSet<>();
    for (Difference difference : differences) {
      for (Change change : difference.fix()) {
        if (seen.add(change)) { // a step two differences need (e.g. dropping a key both touch) is written once
          steps.add(new Step(change, difference, order++));
        }
      }
    }
    steps.sort(Comparator.comparing((Step s) -> s.change().phase()).thenComparingInt(Step::order));
    Set<String> created = differences.stream().filter(d -> d.kind() == DifferenceKind.MISSING_TABLE)
        .map(d -> Names.qualified(d.schema(), d.table())).collect(Collectors.toSet());
    Map<String, Integer> ids = new HashMap<>();
    List<ChangeSet> changeSets = new ArrayList<>();
    for (Step step : steps) {
      for (LiquibaseChanges.Translation translation : LiquibaseChanges.translate(step.change(), lockSafe, created)) {
        String id = uniqueId(ids, ReadableIds.id(step.change()) + (translation.suffix().isEmpty() ? "" : "-" + translation.suffix()));
        ChangeSet changeSet = new ChangeSet(id, author, false, false, filePath, null, "postgresql", translation.transactional(),
            ObjectQuoting.of(translation), null);
        translation.changes().forEach(changeSet::addChange);
        translation.rollback().forEach(changeSet::addRollbackChange);
        changeSet.setComments(comment(step.difference()) + (translation.note() == null ? "" : ". " + translation.note()));
        if (step.change().destructive()) {
          changeSet.setLabels(new Labels(DESTRUCTIVE_LABEL));
        }
        changeSets.addAll(backup.around(step.change(), changeSet));
      }
    }
    return changeSets;
  }

  public static Written write(List<Difference> differences, Path directory, ChangeLogFormat format, String author) {
    return write(differences, directory, format, author, BackupBeforeDrop.OFF, LockSafeFix.ON);
  }

  public static Written write(List<Difference> differences, Path directory, ChangeLogFormat format, String author, BackupBeforeDrop backup,
      LockSafeFix lockSafe) {
    return writeFile(differences, directory.resolve(format.fileName()), format, author, backup, lockSafe);
  }

  /** The changelog of {@code differences} in {@code file}, whatever its name. */
  public static Written writeFile(List<Difference> differences, Path file, ChangeLogFormat format, String author, BackupBeforeDrop backup,
      LockSafeFix lockSafe) {
    List<ChangeSet> changeSets = changeSets(differences, author, file.getFileName().toString(), backup, lockSafe);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, serialize(changeSets, format));
    } catch (IOException e) {
      throw new IntegrityException("cannot write the fix changelog " + file + ": " + e.getMessage(), e);
    }
    int destructive = (int) changeSets.stream().filter(ChangelogWriter::destructive).count();
    return new Written(file, changeSets.size(), destructive);
  }

  /** The changeSets in {@code format}, by Liquibase's own serializer for it. */
  public static byte[] serialize(List<ChangeSet> changeSets, ChangeLogFormat format) throws IOException {
    ChangeLogSerializer serializer = switch (format) {
      case XML -> new XMLChangeLogSerializer();
      case YAML -> new YamlChangeLogSerializer();
      case JSON -> new JsonChangeLogSerializer();
      case SQL -> new FormattedSqlSerializer();
    };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    serializer.write(changeSets, bytes);
    return bytes.toByteArray();
  }

  public static boolean destructive(ChangeSet changeSet) {
    return changeSet.getLabels() != null && changeSet.getLabels().getLabels().contains(DESTRUCTIVE_LABEL);
  }

  private static String comment(Difference difference) {
    return difference.kind() + ": " + difference.message() + (difference.entity() == null ? "" : " (entity " + difference.entity() + ")");
  }

  private static String uniqueId(Map<String, Integer> ids, String id) {
    int seen = ids.merge(id, 1, Integer::sum);
    return seen == 1 ? id : id + "-" + seen;
  }
}
