package dev.integrity.core.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixInstructionsTest {

  private static final Path FIX = Path.of("target/integrity/changelog.sql");

  @Test
  void includeSnippetFollowsTheMasterChangelogsFormat() {
    assertEquals("  <include file=\"integrity-fix-changelog.sql\" relativeToChangelogFile=\"true\"/>",
        FixInstructions.lines(Path.of("db/master.xml"), FIX, 0).get(2));
    assertEquals(List.of("  - include:", "      file: integrity-fix-changelog.sql", "      relativeToChangelogFile: true"),
        FixInstructions.lines(Path.of("db/db.changelog-master.yml"), FIX, 0).subList(2, 5));
    assertEquals("  { \"include\": { \"file\": \"integrity-fix-changelog.sql\", \"relativeToChangelogFile\": true } }",
        FixInstructions.lines(Path.of("db/master.json"), FIX, 0).get(2));
  }

  @Test
  void destructiveChangeSetsAreCountedAndTheLabelFilterNamed() {
    List<String> lines = FixInstructions.lines(Path.of("master.xml"), FIX, 2);
    assertEquals("2 changeSets drop or narrow something and carry the label 'destructive': review them first; "
        + "Liquibase's label filter '!destructive' holds them back.", lines.get(lines.size() - 1));
  }

  @Test
  void nothingToFixSaysSo() {
    assertEquals(List.of("Nothing to fix: the migrated database matches the entity model; no changelog written."),
        FixInstructions.lines(Path.of("master.xml"), null, 0));
  }
}
