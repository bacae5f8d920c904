package dev.integrity.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.DifferenceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every difference kind has its page in docs/differences, and no page describes a kind that does not exist;
 * docs/report-format.md, which readers of {@code report.json} go by, names every kind.
 */
class DifferencePagesTest {

  private static final Path PAGES = Path.of("../docs/differences");

  @Test
  void everyKindHasAPageThatNamesIt() throws IOException {
    for (DifferenceKind kind : DifferenceKind.values()) {
      Path page = PAGES.resolve(kind.name() + ".md");
      assertTrue(Files.isRegularFile(page), "docs/differences/" + kind.name() + ".md is missing: write it");
      assertTrue(Files.readString(page).startsWith("# " + kind.name() + "\n"), page + " must start with its kind as title");
      String severity = Files.readAllLines(page).stream().filter(line -> line.startsWith("**Severity:**")).findFirst().orElse("");
      assertTrue(severity.contains(kind.defaultSeverity().name()), page + " must name the kind's default severity "
          + kind.defaultSeverity() + " on its **Severity:** line, not: " + severity);
    }
  }

  @Test
  void theReportFormatNamesEveryKind() throws IOException {
    String format = Files.readString(Path.of("../docs/report-format.md"));
    assertEquals(List.of(), Arrays.stream(DifferenceKind.values()).map(DifferenceKind::name).filter(kind -> !format.contains("`" + kind + "`")).toList(),
        "kinds docs/report-format.md does not name: add them to its list of difference kinds");
  }

  @Test
  void everyPageIsAKind() throws IOException {
    List<String> kinds = Arrays.stream(DifferenceKind.values()).map(k -> k.name() + ".md").sorted().toList();
    try (Stream<Path> pages = Files.list(PAGES)) {
      assertEquals(kinds, pages.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
