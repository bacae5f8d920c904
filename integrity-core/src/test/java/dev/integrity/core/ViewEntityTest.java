package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import dev.integrity.core.api.WriteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity on a view whose query lacks one of its columns (real Hibernate, real Liquibase, embedded PostgreSQL):
 * the difference is reported, and neither {@code verify} nor {@code diff -Dintegrity.write=true} writes a fix that
 * could only create a table or alter a view's column.
 */
class ViewEntityTest {

  @Test
  void aColumnTheViewLacksFailsWithoutAFix(@TempDir Path project) throws Exception {
    VerifyResult result = Integrity.verify(request(project, null), TestProjects.STDOUT);
    assertEquals(List.of("MISSING_COLUMN account_balance.balance"),
        result.differences().stream().map(d -> d.kind() + " " + d.table() + "." + d.column()).toList());
    assertTrue(result.failed());
    assertNull(result.changelog());

    VerifyResult written = Integrity.diff(request(project, new WriteRequest("balance", List.of(), false, false, false)), TestProjects.STDOUT);
    assertTrue(written.summary().contains("Nothing a migration step can fix (a view's query changes only by its author): no migration written."),
        String.join("\n", written.summary()));
    try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db"))) {
      assertEquals(List.of("db.changelog-master.xml"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  private static VerifyRequest request(Path project, WriteRequest write) throws Exception {
    Path db = project.resolve("src/main/resources/db");
    Files.createDirectories(db);
    if (!Files.exists(db.resolve("db.changelog-master.xml"))) {
      Files.copy(Path.of("src/test/resources/fixtures/views/db.changelog-master.xml"), db.resolve("db.changelog-master.xml"));
    }
    return VerifyRequest.builder()
        .baseDir(project)
        .changeLogFile(db.resolve("db.changelog-master.xml"))
        .changeLogSearchRoots(List.of(project.resolve("src/main/resources")))
        .model(TestProjects.model("dev.integrity.core.fixtures.views"))
        .database(Providers.settings("embedded"))
        .outputDirectory(project.resolve("target/integrity"))
        .cache(false)
        .write(write)
        .build();
  }
}
