package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run parses the changelog once: the lints read the changeSets as the migration parsed them. Counted
 * through Liquibase's own parser factory, with a parser that counts and hands over to the one Liquibase
 * would have used.
 */
class ChangeLogParsesTest {

  private static final String CHANGELOG = "no-rollback.xml";

  @Test
  void verifyMigratesAndLintsOnOneParse(@TempDir Path out) throws LiquibaseException {
    CountingParser parser = new CountingParser(ChangeLogParserFactory.getInstance().getParser(CHANGELOG, new ClassLoaderResourceAccessor()));
    ChangeLogParserFactory.getInstance().register(parser);
    try {
      VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/" + CHANGELOG, out)
          .database(Providers.settings("embedded")).cache(false).build(), TestProjects.STDOUT);
      assertEquals(List.of(), result.differences());
      assertEquals(List.of("missing-rollback fixtures/shop/" + CHANGELOG),
          result.findings().stream().filter(f -> f.location() != null && f.location().contains(CHANGELOG)).map(ChangeLogParsesTest::describe).toList());
      assertEquals(1, parser.parses.get());
    } finally {
      ChangeLogParserFactory.getInstance().unregister(parser);
    }
  }

  private static String describe(Finding finding) {
    return finding.rule().id() + " " + finding.location().replaceAll(":\\d+$", "");
  }

  /** Liquibase's parser for the fixture, counting its parses of the master changelog. */
  private static final class CountingParser implements ChangeLogParser {

    private final ChangeLogParser liquibases;
    private final AtomicInteger parses = new AtomicInteger();

    CountingParser(ChangeLogParser liquibases) {
      this.liquibases = liquibases;
    }

    @Override
    public DatabaseChangeLog parse(String file, ChangeLogParameters parameters, ResourceAccessor accessor) throws ChangeLogParseException {
      parses.incrementAndGet();
      return liquibases.parse(file, parameters, accessor);
    }

    @Override
    public boolean supports(String file, ResourceAccessor accessor) {
      return file.endsWith("/" + CHANGELOG) || file.equals(CHANGELOG);
    }

    @Override
    public int getPriority() {
      return Integer.MAX_VALUE;
    }
  }
}
