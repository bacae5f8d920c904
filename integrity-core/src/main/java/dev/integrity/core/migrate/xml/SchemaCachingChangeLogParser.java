package dev.integrity.core.migrate.xml;

import java.lang.reflect.Field;
import javax.xml.parsers.SAXParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;

/**
 * Liquibase's XML changelog parser, validating exactly as it does, but compiling each set of XML schemas
 * once per parse of a changelog instead of once per file: Xerces otherwise re-reads and re-compiles
 * {@code dbchangelog-*.xsd} for every included file, the largest single cost of parsing a changelog of a
 * thousand files. Liquibase picks it over its own parser by its higher priority (registered in
 * {@code META-INF/services/liquibase.parser.ChangeLogParser}).
 */
public final class SchemaCachingChangeLogParser extends XMLChangeLogSAXParser {

  public SchemaCachingChangeLogParser() {
    super();
    SAXParserFactory liquibaseFactory = super.getSaxParserFactory();
    if (liquibaseFactory.isValidating()) {
      replaceFactory(new SchemaCachingSaxParserFactory(liquibaseFactory));
    }
  }

  @Override
  public int getPriority() {
    return super.getPriority() + 1;
  }

  /** {@code parseToNode} reads the private field, not {@link #getSaxParserFactory()}. */
  private void replaceFactory(SAXParserFactory factory) {
    try {
      Field field = XMLChangeLogSAXParser.class.getDeclaredField("saxParserFactory");
      field.setAccessible(true);
      field.set(this, factory);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another Liquibase version: its parser, unchanged, is then used as it is
    }
  }
}
