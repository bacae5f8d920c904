package dev.integrity.core.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import liquibase.changelog.ChangeSet;

/**
 * Where a changeSet is written: {@code path:line}. Liquibase keeps no line numbers, so the line is found
 * by looking for the changeSet's id in its file (XML, YAML, JSON or formatted SQL); when the file or the
 * id cannot be found, the location is the path alone.
 */
public final class ChangeSetLocator {

  private final List<Path> searchRoots;

  public ChangeSetLocator(List<Path> searchRoots) {
    this.searchRoots = List.copyOf(searchRoots);
  }

  public String locate(ChangeSet changeSet) {
    String path = changeSet.getFilePath();
    Path file = file(path);
    if (file == null) {
      return path;
    }
    String id = Pattern.quote(changeSet.getId());
    Pattern declaration = Pattern.compile(
        "(id\\s*=\\s*[\"']" + id + "[\"'])"                                    // XML attribute
            + "|(\"?id\"?\\s*:\\s*[\"']?" + id + "[\"']?\\s*,?\\s*$)"          // YAML / JSON member
            + "|(--\\s*changeset\\s+[^:\\s]+:" + id + "(\\s|$))",              // formatted SQL
        Pattern.CASE_INSENSITIVE);
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (declaration.matcher(lines.get(i)).find()) {
          return path + ":" + (i + 1);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return path;
    }
    return path;
  }

  private Path file(String path) {
    for (Path root : searchRoots) {
      Path file = root.resolve(path);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    Path absolute = Path.of(path);
    return absolute.isAbsolute() && Files.isRegularFile(absolute) ? absolute : null;
  }
}
