package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of docs/ARCHITECTURE.md, read from the core's imports: no cycle, nothing depends back on {@code run} or the root. */
class PackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/integrity/core");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?dev\\.integrity\\.core\\.(?:([a-z]+(?:\\.[a-z]+)*)\\.)?[A-Z]");
  private static final String ROOT = "(root)";

  @Test
  void theSourcesAreRead() {
    assertFalse(dependencies().isEmpty());
    assertFalse(dependencies().get("run").isEmpty());
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    Map<String, Set<String>> dependencies = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String start : dependencies.keySet()) {
      if (reachable(start, dependencies).contains(start)) {
        cycles.add(start + " reaches itself");
      }
    }
    assertEquals(List.of(), cycles);
  }

  @Test
  void onlyTheRootUsesTheRunnersAndNothingUsesTheRoot() {
    Map<String, Set<String>> dependencies = dependencies();
    List<String> wrong = new ArrayList<>();
    dependencies.forEach((from, to) -> {
      if (to.contains(ROOT) || (to.contains("run") && !from.equals(ROOT))) {
        wrong.add(from + " -> " + to);
      }
    });
    assertEquals(List.of(), wrong);
    assertEquals(Set.of(), dependencies.getOrDefault("common", Set.of()));
  }

  private static Set<String> reachable(String start, Map<String, Set<String>> dependencies) {
    Set<String> seen = new TreeSet<>();
    List<String> next = new ArrayList<>(dependencies.getOrDefault(start, Set.of()));
    while (!next.isEmpty()) {
      String name = next.remove(next.size() - 1);
      if (seen.add(name)) {
        next.addAll(dependencies.getOrDefault(name, Set.of()));
      }
    }
    return seen;
  }

  /** Each package (by its last name; the root as {@code (root)}) and the packages of the core it imports from. */
  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> dependencies = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
        Path folder = SOURCES.relativize(file.getParent());
        String from = folder.toString().isEmpty() ? ROOT : folder.toString().replace('/', '.');
        Set<String> to = dependencies.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher imports = IMPORT.matcher(read(file));
        while (imports.find()) {
          String target = imports.group(1) == null ? ROOT : imports.group(1);
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dependencies;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
