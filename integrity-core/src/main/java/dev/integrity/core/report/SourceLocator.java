package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a difference lives in the project: the entity's source file under the source roots, at the
 * line of the mapped field when the column's attribute is declared there, else at the class declaration;
 * without an entity source, line 1 of the project's changelog. Lint findings are shown at their changeSet.
 */
public final class SourceLocator {

  private static final Pattern FILE_LINE = Pattern.compile("(.+):(\\d+)");
  private static final String ENTITY = "entity ";

  private final Path root;
  private final List<Path> sourceRoots;
  private final Origins origins;
  private final Path changeLog;
  private final Map<Path, Optional<List<String>>> files = new HashMap<>();

  /** {@code root} is what paths are made relative to (the repository root); {@code changeLog} may be null. */
  public SourceLocator(Path root, List<Path> sourceRoots, Origins origins, Path changeLog) {
    this.root = root.toAbsolutePath().normalize();
    this.sourceRoots = List.copyOf(sourceRoots);
    this.origins = origins;
    this.changeLog = changeLog;
  }

  public Location locate(Difference difference) {
    return locate(difference.entity(), field(difference));
  }

  /**
   * Where a lint finding is shown: its {@code file:line} when it has one (the file found under the
   * changelog's directories, as Liquibase paths are relative to a search root), else its entity's class,
   * else line 1 of the project's changelog.
   */
  public Location locate(Finding finding) {
    String location = finding.location() == null ? "" : finding.location();
    Matcher fileLine = FILE_LINE.matcher(location);
    if (fileLine.matches()) {
      String path = fileLine.group(1);
      return new Location(changeLogFile(path).map(this::relativize).orElse(path), Integer.parseInt(fileLine.group(2)));
    }
    return locate(location.startsWith(ENTITY) ? location.substring(ENTITY.length()) : null, null);
  }

  private Location locate(String entity, String field) {
    if (entity != null) {
      String outer = entity.contains("$") ? entity.substring(0, entity.indexOf('$')) : entity;
      String simpleName = entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
      String relative = outer.replace('.', '/') + ".java";
      for (Path sourceRoot : sourceRoots) {
        Path file = sourceRoot.resolve(relative);
        Optional<List<String>> lines = read(file);
        if (lines.isPresent()) {
          return new Location(relativize(file), line(lines.get(), simpleName, field));
        }
      }
    }
    return new Location(changeLog == null ? "" : relativize(changeLog), 1);
  }

  private Optional<Path> changeLogFile(String path) {
    if (Path.of(path).isAbsolute()) {
      return Optional.of(Path.of(path)).filter(Files::isRegularFile);
    }
    if (Files.isRegularFile(root.resolve(path))) {
      return Optional.of(root.resolve(path));
    }
    for (Path directory = changeLog == null ? null : changeLog.toAbsolutePath().getParent(); directory != null; directory = directory.getParent()) {
      if (Files.isRegularFile(directory.resolve(path))) {
        return Optional.of(directory.resolve(path));
      }
    }
    return Optional.empty();
  }

  /** The entity's own field behind a column difference: the first segment of the attribute path. */
  private String field(Difference difference) {
    if (difference.column() == null) {
      return null;
    }
    return origins.column(difference.schema(), difference.table(), difference.column())
        .map(Origin::attribute)
        .filter(attribute -> attribute != null && !attribute.isEmpty())
        .map(attribute -> attribute.contains(".") ? attribute.substring(0, attribute.indexOf('.')) : attribute)
        .orElse(null);
  }

  private static int line(List<String> lines, String className, String field) {
    Pattern declaration = Pattern.compile("\\b(class|record|interface|enum)\\s+" + Pattern.quote(className) + "\\b");
    int classLine = find(lines, declaration, 0);
    if (classLine < 0) {
      return 1;
    }
    if (field != null) {
      int fieldLine = find(lines, Pattern.compile("\\b" + Pattern.quote(field) + "\\s*[;=]"), classLine + 1);
      if (fieldLine >= 0) {
        return fieldLine + 1;
      }
    }
    return classLine + 1;
  }

  private static int find(List<String> lines, Pattern pattern, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*") && pattern.matcher(line).find()) {
        return i;
      }
    }
    return -1;
  }

  private Optional<List<String>> read(Path file) {
    return files.computeIfAbsent(file, f -> {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllLines(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    });
  }

  private String relativize(Path file) {
    if (file.getFileSystem() != FileSystems.getDefault()) {
      // a changelog read from a jar: the jar's file system is named by the jar's path
      return relativize(Path.of(file.getFileSystem().toString())) + "!" + file;
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
