package dev.integrity.core.rollback;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rollback-test.json} and the console lines of the rollback test. A leftover's {@code expected}
 * is the schema before the changeSet, {@code found} what its rollback left.
 */
public final class RollbackReport {

  public static final String FILE_NAME = "rollback-test.json";

  private RollbackReport() {}

  public static Path write(Path directory, RollbackResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", result.failed() ? "failed" : "passed");
    root.put("changeSets", result.changeSets());
    List<Map<String, Object>> problems = new ArrayList<>();
    for (RollbackProblem problem : result.problems()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", problem.kind().name());
      item.put("changeSet", problem.changeSet());
      item.put("location", problem.location());
      item.put("message", problem.message());
      List<Map<String, Object>> leftovers = new ArrayList<>();
      for (Difference d : problem.leftovers()) {
        Map<String, Object> leftover = new LinkedHashMap<>();
        leftover.put("kind", d.kind().name());
        leftover.put("schema", d.schema());
        leftover.put("table", d.table());
        leftover.put("column", d.column());
        leftover.put("expected", d.model());
        leftover.put("found", d.database());
        leftovers.add(leftover);
      }
      item.put("leftovers", leftovers);
      problems.add(item);
    }
    root.put("problems", problems);
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
      Files.write(file, (new ObjectMapper().writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IntegrityException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  public static List<String> lines(RollbackResult result) {
    List<String> lines = new ArrayList<>();
    if (!result.failed()) {
      lines.add("Rollback test passed: each of the " + result.changeSets() + " changeSets rolls back to exactly the schema before it.");
      return lines;
    }
    lines.add("Rollback test failed: " + result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
        + " in " + result.changeSets() + " changeSets:");
    for (RollbackProblem problem : result.problems()) {
      lines.add("  " + problem.kind() + " " + problem.location() + ": " + problem.message());
      for (Difference d : problem.leftovers()) {
        lines.add("    " + d.kind() + " " + d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column())
            + ": expected " + side(d.model()) + ", found " + side(d.database()));
      }
    }
    return lines;
  }

  private static String side(String text) {
    return text == null ? "(absent)" : text;
  }
}
