package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.cache.RunCache;
import dev.integrity.core.common.Log;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity with a citext column and migrations that create the extension (real Hibernate, Liquibase and
 * embedded PostgreSQL): the model's database gets the extension from the migrated database, and from the cached
 * reading of it when the migrations are unchanged and not applied again.
 */
class ExtensionPipelineTest {

  @Test
  void theModelGetsTheMigrationsExtensionsFreshOrCached(@TempDir Path out) throws Exception {
    List<String> log = new ArrayList<>();
    VerifyResult first = Integrity.verify(request(out).build(), into(log));
    assertEquals(List.of(), first.differences());

    // another verdict key, the same migrations: database A is not migrated, the model is exported again
    Files.delete(out.resolve(RunCache.DIRECTORY).resolve("model-schema.json"));
    log.clear();
    VerifyResult second = Integrity.verify(request(out).failOn(Verdict.parse("critical")).build(), into(log));
    assertTrue(log.stream().anyMatch(line -> line.startsWith("Migrations unchanged")), log.toString());
    assertEquals(List.of(), second.differences());
  }

  private static VerifyRequest.Builder request(Path out) {
    return TestProjects.request("dev.integrity.core.fixtures.extensions", "fixtures/extensions/changelog.xml", out)
        .database(Providers.settings("embedded"));
  }

  private static Log into(List<String> lines) {
    return new Log() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add(message);
      }
    };
  }
}
