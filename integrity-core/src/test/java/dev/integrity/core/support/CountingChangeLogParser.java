package dev.integrity.core.support;

import java.util.concurrent.atomic.AtomicInteger;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Counts Liquibase's parses of one master changelog: registered in Liquibase's own parser factory above every other
 * parser, it hands each parse to the parser Liquibase would have used. Closing unregisters it.
 */
public final class CountingChangeLogParser implements ChangeLogParser, AutoCloseable {

  private final String changeLog;
  private final ChangeLogParser liquibases;
  private final AtomicInteger parses = new AtomicInteger();

  private CountingChangeLogParser(String changeLog, ChangeLogParser liquibases) {
    this.changeLog = changeLog;
    this.liquibases = liquibases;
  }

  /** Counts the parses of the changelog Liquibase names {@code changeLog} or {@code .../changeLog}. */
  public static CountingChangeLogParser register(String changeLog) throws LiquibaseException {
    CountingChangeLogParser parser = new CountingChangeLogParser(changeLog,
        ChangeLogParserFactory.getInstance().getParser(changeLog, new ClassLoaderResourceAccessor()));
    ChangeLogParserFactory.getInstance().register(parser);
    return parser;
  }

  public int parses() {
    return parses.get();
  }

  @Override
  public DatabaseChangeLog parse(String file, ChangeLogParameters parameters, ResourceAccessor accessor) throws ChangeLogParseException {
    parses.incrementAndGet();
    return liquibases.parse(file, parameters, accessor);
  }

  @Override
  public boolean supports(String file, ResourceAccessor accessor) {
    return file.endsWith("/" + changeLog) || file.equals(changeLog);
  }

  @Override
  public int getPriority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public void close() {
    ChangeLogParserFactory.getInstance().unregister(this);
  }
}
