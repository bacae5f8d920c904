package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's data directory is a copy of a template made once per binaries version: initdb
 * gives every cluster a new system identifier, so servers that share one were copied, not initialized.
 */
class EmbeddedTemplateTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** The embedded library waits this long for a server that will never start (it does not see the postmaster exit). */
  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(20);

  @Test
  void theFirstStartMakesTheTemplateAndTheNextOnesCopyIt(@TempDir Path cache, @TempDir Path otherCache) throws Exception {
    EmbeddedTemplate template = new EmbeddedTemplate(cache);
    long first = systemIdentifier(template);
    assertTrue(Files.isRegularFile(template.directory().resolve("global/pg_control")), "no template in " + cache);
    assertEquals(first, systemIdentifier(template), "the second server was initialized anew, not copied");
    assertNotEquals(first, systemIdentifier(new EmbeddedTemplate(otherCache)), "another cache directory has a template of its own");
    assertEquals(List.of(template.directory()), entries(cache), "only the template is left in the cache directory");
  }

  @Test
  void theCopyRunsWithoutDurability(@TempDir Path cache) throws Exception {
    EmbeddedTemplate template = new EmbeddedTemplate(cache);
    systemIdentifier(template);
    try (EmbeddedServer server = EmbeddedServer.start(template, TIMEOUT, "test");
        Connection connection = server.createDatabase("integrity_settings").connect();
        ResultSet fsync = connection.createStatement().executeQuery("show fsync")) {
      assertTrue(fsync.next());
      assertEquals("off", fsync.getString(1));
    }
  }

  @Test
  void aTemplateMissingFilesIsDiscardedInOneNoteAndMadeAgain(@TempDir Path cache) throws Exception {
    EmbeddedTemplate template = new EmbeddedTemplate(cache);
    long first = systemIdentifier(template);
    Files.delete(template.directory().resolve("global/pg_control"));
    try (EmbeddedServer server = EmbeddedServer.start(template, SHORT_TIMEOUT, "test")) {
      assertTrue(server.description().contains("; discarded the embedded PostgreSQL template " + template.directory()
          + ": it lacks [global/pg_control]"), server.description());
      assertNotEquals(first, systemIdentifier(server));
    }
    assertTrue(Files.isRegularFile(template.directory().resolve("global/pg_control")), "the template was not made again");
  }

  @Test
  void aTemplateNoServerStartsFromIsDiscardedAndTheBuildStillGetsItsServer(@TempDir Path cache) throws Exception {
    EmbeddedTemplate template = new EmbeddedTemplate(cache);
    long first = systemIdentifier(template);
    Files.writeString(template.directory().resolve("PG_VERSION"), "9\n"); // written by another PostgreSQL major
    try (EmbeddedServer server = EmbeddedServer.start(template, SHORT_TIMEOUT, "test")) {
      assertTrue(server.description().contains("; discarded the embedded PostgreSQL template " + template.directory()
          + ": the server did not start from a copy of it"), server.description());
      assertNotEquals(first, systemIdentifier(server));
    }
    assertNotEquals("9", Files.readString(template.directory().resolve("PG_VERSION")).trim(), "the template was not made again");
  }

  @Test
  void twoBuildsStartingAtOnceLeaveOneTemplate(@TempDir Path cache) throws Exception {
    EmbeddedTemplate template = new EmbeddedTemplate(cache);
    CompletableFuture<Long> one = CompletableFuture.supplyAsync(() -> systemIdentifierUnchecked(template));
    CompletableFuture<Long> other = CompletableFuture.supplyAsync(() -> systemIdentifierUnchecked(template));
    assertTrue(one.get() != 0 && other.get() != 0);
    assertEquals(List.of(template.directory()), entries(cache), "one template, no half-written copy");
    long published = systemIdentifier(template);
    assertTrue(published == one.get() || published == other.get(), "the template is one of the two builds' clusters");
  }

  private static long systemIdentifierUnchecked(EmbeddedTemplate template) {
    try {
      return systemIdentifier(template);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long systemIdentifier(EmbeddedTemplate template) throws Exception {
    try (EmbeddedServer server = EmbeddedServer.start(template, TIMEOUT, "test")) {
      return systemIdentifier(server);
    }
  }

  private static long systemIdentifier(EmbeddedServer server) throws Exception {
    try (Connection connection = server.createDatabase("integrity_template").connect();
        ResultSet row = connection.createStatement().executeQuery("select system_identifier from pg_control_system()")) {
      assertTrue(row.next());
      return row.getLong(1);
    }
  }

  private static List<Path> entries(Path directory) throws Exception {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.sorted().toList();
    }
  }
}
