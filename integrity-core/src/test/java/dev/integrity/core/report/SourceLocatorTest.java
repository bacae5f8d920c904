package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {

  private static final String SOURCE = "src/main/java/com/example/shop/Invoice.java";

  @Test
  void aColumnIsAtItsFieldAndNotAtACommentNamingIt(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    assertEquals(new Location(SOURCE, 14), run.locator().locate(SampleRun.MISSING_NOTE));
    assertEquals(new Location(SOURCE, 17), run.locator().locate(SampleRun.AMOUNT_TYPE));
  }

  @Test
  void aTableLevelDifferenceIsAtTheClassDeclaration(@TempDir Path root) throws Exception {
    assertEquals(new Location(SOURCE, 9), new SampleRun(root).locator().locate(SampleRun.INVOICE_INDEX));
  }

  @Test
  void withoutAnEntitySourceItIsAtTheProjectChangelog(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Location changelog = new Location("src/main/resources/db/changelog/db.changelog-master.xml", 1);
    assertEquals(changelog, run.locator().locate(SampleRun.EXTRA_LEGACY));
    Difference fromAJar = new Difference(SampleRun.MISSING_NOTE.kind(), SampleRun.MISSING_NOTE.severity(), "public", "invoice", "note",
        "text", null, "m", "org.library.Invoice", List.of());
    assertEquals(changelog, run.locator().locate(fromAJar));
  }

  @Test
  void aNestedEntityIsFoundInItsOuterClassFile(@TempDir Path root) throws Exception {
    Path file = root.resolve("src/com/example/Outer.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.example;\n\npublic class Outer {\n  @Entity\n  public static class Line {\n    private int qty;\n  }\n}\n");
    SourceLocator locator = new SourceLocator(root, List.of(root.resolve("src")),
        new Origins(Map.of("public.line.qty", new Origin("com.example.Outer$Line", "qty", Set.of()))), null);
    Difference d = new Difference(SampleRun.MISSING_NOTE.kind(), SampleRun.MISSING_NOTE.severity(), "public", "line", "qty",
        "integer", null, "m", "com.example.Outer$Line", List.of());
    assertEquals(new Location("src/com/example/Outer.java", 6), locator.locate(d));
  }
}
