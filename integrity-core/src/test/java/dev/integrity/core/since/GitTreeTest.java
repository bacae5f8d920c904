package dev.integrity.core.since;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.LiquibaseMigrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog at a git ref of a real repository, with an include, parsed as the changelog now is. */
class GitTreeTest {

  @TempDir
  Path project;

  @TempDir
  Path scratch;

  @Test
  void theChangelogAtARefHasTheChangeSetsCommittedThereUnderTheSameNames() throws Exception {
    Path resources = project.resolve("src/main/resources");
    Path master = resources.resolve("db/changelog/master.xml");
    Files.createDirectories(master.getParent());
    Files.writeString(master, changelog("<include file=\"db/changelog/one.xml\"/>"));
    Files.writeString(resources.resolve("db/changelog/one.xml"), changelog(changeSet("1")));
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
    Files.writeString(resources.resolve("db/changelog/one.xml"), changelog(changeSet("1") + changeSet("2")));

    GitTree tree = GitTree.open(project, "HEAD", scratch);
    tree.copy(resources);
    assertTrue(Files.isRegularFile(tree.at(master)));
    List<String> then = keys(tree.at(resources), tree.at(master));
    assertEquals(List.of("db/changelog/one.xml::1::dev"), then);
    assertEquals(List.of("db/changelog/one.xml::1::dev", "db/changelog/one.xml::2::dev"), keys(resources, master));
    assertFalse(GitTree.commit(project, "HEAD").isBlank());
  }

  @Test
  void aRefTheRepositoryLacksIsAnErrorSayingToFetchIt() throws Exception {
    git("init", "-q");
    IntegrityException e = Assertions.assertThrows(IntegrityException.class, () -> GitTree.open(project, "origin/main", scratch));
    assertTrue(e.getMessage().startsWith("<since> is git:origin/main but `git rev-parse"), e.getMessage());
    assertTrue(e.getMessage().contains("git fetch origin main"), e.getMessage());
  }

  private static List<String> keys(Path root, Path changeLog) {
    return new LiquibaseMigrator(List.of(root), GitTreeTest.class.getClassLoader()).changeSets(changeLog).stream()
        .map(ChangeSetEntry::key).toList();
  }

  private static String changelog(String body) {
    return "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
        + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">" + body + "</databaseChangeLog>";
  }

  private static String changeSet(String id) {
    return "<changeSet id=\"" + id + "\" author=\"dev\"><createTable tableName=\"t" + id + "\"><column name=\"id\" type=\"int\"/></createTable></changeSet>";
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(project.toFile()).inheritIO().start();
    assertEquals(0, process.waitFor(), String.join(" ", command));
  }
}
