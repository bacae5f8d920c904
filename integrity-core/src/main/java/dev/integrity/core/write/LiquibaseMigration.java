package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.changelog.ChangelogWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import liquibase.changelog.ChangeSet;

/**
 * The fix as the Liquibase project's next changelog file: in the folder, naming and format of the include
 * (or {@code includeAll} folder) the master ends with, its changeSets numbered like the project's, and
 * included from the master where the master lists its files. A formatted SQL master, which cannot include,
 * gets the changeSets appended.
 */
public final class LiquibaseMigration {

  /** Where the steps went: the file, and how the master takes it in. */
  record Written(Path file, String included) {}

  private LiquibaseMigration() {}

  /**
   * Writes the migration beside the changelogs {@code masterFile} includes and returns the console line naming it.
   *
   * @param existingIds the project's changeSet ids, in changelog order
   */
  public static String write(Path masterFile, List<String> existingIds, NewMigration migration) {
    Path base = migration.baseDir().toAbsolutePath().normalize();
    Path master = masterFile.toAbsolutePath().normalize();
    if (!master.startsWith(base) || master.startsWith(base.resolve("target"))) {
      throw new IntegrityException("the master changelog " + masterFile + " is not among the project's sources under " + base
          + "; integrity:diff writes migrations only into the project itself (set <changeLogFile> to the source file)");
    }
    Written written = write(masterFile, migration.searchRoots(), migration.steps(), existingIds, migration.name(), migration.format(),
        migration.additive(), migration.now());
    return "Migration written: " + written.file() + " (" + written.included() + ")";
  }

  /**
   * @param steps the changeSets, with the fix's readable ids
   * @param existingIds the project's changeSet ids, in changelog order
   * @param format the format the user chose, or null to follow the project
   * @param additive the steps only create and add: they may run above JHipster's needle, before the changelogs
   *     below it (its constraints); a migration that drops, or renames, what those may create goes after them
   */
  static Written write(Path masterFile, List<Path> searchRoots, List<ChangeSet> steps, List<String> existingIds, String name,
      ChangeLogFormat format, boolean additive, Instant now) {
    MasterChangeLog master = MasterChangeLog.read(masterFile);
    if (master.extension().equals("sql")) {
      return appendToSqlMaster(master, steps, existingIds, now);
    }
    Optional<Integer> needle = additive ? master.needle() : Optional.empty();
    Optional<MasterChangeLog.Entry> template = master.entries().stream()
        .filter(e -> needle.isEmpty() || e.start() < needle.get()).max(Comparator.comparingInt(MasterChangeLog.Entry::start));
    Path directory = template.map(e -> location(master, searchRoots, e)).map(p -> template.get().all() ? p : p.getParent())
        .orElse(masterFile.getParent());
    List<String> existing = files(directory);
    String templateName = template.isEmpty() ? null
        : template.get().all() ? existing.stream().filter(f -> ChangeLogFormat.ofExtension(extension(f)).isPresent()).reduce((a, b) -> b).orElse(null)
        : location(master, searchRoots, template.get()).getFileName().toString();
    String extension = format != null ? format.extension()
        : templateName != null && ChangeLogFormat.ofExtension(extension(templateName)).isPresent() ? extension(templateName) : master.extension();
    String base = FileNames.next(templateName == null ? null : baseName(templateName), existing.stream().map(LiquibaseMigration::baseName).toList(), name, now);
    Path file = directory.resolve(base + "." + extension);
    List<ChangeSet> changeSets = renumbered(steps, existingIds, stamp(base, now), file.getFileName().toString());
    NewFile.write(file, serialize(changeSets, ChangeLogFormat.ofExtension(extension).orElseThrow()));
    if (template.isPresent() && template.get().all()) {
      return new Written(file, "the master's includeAll of " + template.get().path() + " picks it up; " + masterFile.getFileName() + " is unchanged");
    }
    String value = template.map(e -> MasterEdit.includeValue(e.path(), file.getFileName().toString()))
        .orElse(masterFile.getParent().relativize(file).toString().replace('\\', '/'));
    String where = MasterEdit.include(master, template, value);
    boolean belowNeedle = !additive && master.needle().isPresent();
    return new Written(file, "included from " + masterFile + " " + where
        + (belowNeedle ? " rather than above JHipster's needle: it drops or renames what the changelogs below the needle may create" : ""));
  }

  private static Written appendToSqlMaster(MasterChangeLog master, List<ChangeSet> steps, List<String> existingIds, Instant now) {
    List<ChangeSet> changeSets = renumbered(steps, existingIds, stamp("", now), master.file().getFileName().toString());
    String sql = new String(serialize(changeSets, ChangeLogFormat.SQL), StandardCharsets.UTF_8);
    Matcher first = Pattern.compile("(?m)^--\\s*changeset").matcher(sql);
    String body = first.find() ? sql.substring(first.start()) : sql;
    try {
      Files.writeString(master.file(), master.text() + (master.text().endsWith("\n") ? "\n" : "\n\n") + body);
    } catch (IOException e) {
      throw new IntegrityException("cannot append the new changeSets to " + master.file() + ": " + e.getMessage(), e);
    }
    return new Written(master.file(), "appended to the formatted SQL master, which cannot include files");
  }

  /** The file or folder an entry names: beside the master, or under the resource root the master is in. */
  private static Path location(MasterChangeLog master, List<Path> searchRoots, MasterChangeLog.Entry entry) {
    String path = entry.path().replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
    if (entry.relativeToChangelogFile()) {
      return master.file().getParent().resolve(path).normalize();
    }
    Path masterFile = master.file().toAbsolutePath().normalize();
    return searchRoots.stream().map(r -> r.toAbsolutePath().normalize()).filter(masterFile::startsWith)
        .max(Comparator.comparingInt(Path::getNameCount)).orElse(masterFile.getParent()).resolve(path).normalize();
  }

  private static List<ChangeSet> renumbered(List<ChangeSet> steps, List<String> existingIds, String stamp, String filePath) {
    List<String> ids = ChangeSetIds.ids(existingIds, steps.stream().map(ChangeSet::getId).toList(), stamp);
    List<ChangeSet> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      out.add(Steps.withId(steps.get(i), ids.get(i), filePath));
    }
    return out;
  }

  /** The file's timestamp when its name starts with one, else now's. */
  private static String stamp(String base, Instant now) {
    String digits = base.replaceFirst("^(\\d*).*$", "$1");
    return digits.length() >= 12 ? digits : FileNames.nextNumber("00000000000000", List.of(), now);
  }

  private static byte[] serialize(List<ChangeSet> changeSets, ChangeLogFormat format) {
    try {
      return ChangelogWriter.serialize(changeSets, format);
    } catch (IOException e) {
      throw new IntegrityException("cannot serialize the new changelog: " + e.getMessage(), e);
    }
  }

  private static List<String> files(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IntegrityException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1);
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
