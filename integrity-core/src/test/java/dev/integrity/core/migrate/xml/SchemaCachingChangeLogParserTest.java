package dev.integrity.core.migrate.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema-caching parser accepts and rejects exactly what Liquibase's own XML parser does (same
 * changeSets, same error message), file by file, across schema versions and the cases it hands back.
 */
class SchemaCachingChangeLogParserTest {

  private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
  private static final String NS = "http://www.liquibase.org/xml/ns/dbchangelog";

  private static String changeLog(String xsd, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog xmlns=\"" + NS + "\" " + XSI + "\n"
        + "    xsi:schemaLocation=\"" + NS + " " + NS + "/" + xsd + "\">\n" + body + "\n</databaseChangeLog>\n";
  }

  private static final String CREATE = "  <changeSet id=\"1\" author=\"a\">\n    <createTable tableName=\"t\"><column name=\"id\" type=\"int\"/></createTable>\n  </changeSet>";
  private static final String IF_NOT_EXISTS = "  <changeSet id=\"1\" author=\"a\">\n    <createTable tableName=\"t\" ifNotExists=\"true\"><column name=\"id\" type=\"int\"/></createTable>\n  </changeSet>";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"valid-latest", "valid-3.1", "unknown-attribute", "unknown-element", "newer-attribute-old-xsd",
      "no-schema-location", "odd-schema-location", "nested-schema-location", "unused-unresolvable-namespace", "malformed",
      "master-of-mixed-versions", "doctype"})
  void acceptsAndRejectsWhatLiquibaseDoes(String name, @TempDir Path root) throws Exception {
    write(root, "valid-latest.xml", changeLog("dbchangelog-latest.xsd", CREATE));
    write(root, "valid-3.1.xml", changeLog("dbchangelog-3.1.xsd", CREATE));
    write(root, "unknown-attribute.xml", changeLog("dbchangelog-latest.xsd", CREATE.replace("tableName=\"t\"", "tableName=\"t\" bogus=\"x\"")));
    write(root, "unknown-element.xml", changeLog("dbchangelog-4.33.xsd", CREATE.replace("createTable", "createTablez")));
    write(root, "newer-attribute-old-xsd.xml", changeLog("dbchangelog-3.1.xsd", IF_NOT_EXISTS));
    write(root, "no-schema-location.xml", "<databaseChangeLog xmlns=\"" + NS + "\">\n" + CREATE + "\n</databaseChangeLog>\n");
    write(root, "odd-schema-location.xml", "<databaseChangeLog xmlns=\"" + NS + "\" " + XSI + " xsi:schemaLocation=\"" + NS + "\">\n"
        + CREATE + "\n</databaseChangeLog>\n");
    write(root, "nested-schema-location.xml", changeLog("dbchangelog-latest.xsd",
        CREATE.replace("<changeSet ", "<changeSet xsi:schemaLocation=\"" + NS + " " + NS + "/dbchangelog-3.1.xsd\" ")));
    write(root, "unused-unresolvable-namespace.xml", changeLog("dbchangelog-latest.xsd http://example.invalid/ns http://example.invalid/none.xsd", CREATE));
    write(root, "malformed.xml", changeLog("dbchangelog-latest.xsd", CREATE.replace("</changeSet>", "")));
    write(root, "doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE databaseChangeLog>\n" + changeLog("dbchangelog-latest.xsd", CREATE).substring(39));
    write(root, "master-of-mixed-versions.xml", changeLog("dbchangelog-latest.xsd",
        "  <include file=\"valid-3.1.xml\"/>\n  <include file=\"valid-latest.xml\"/>\n  <include file=\"newer-attribute-old-xsd.xml\"/>"));

    String file = name + ".xml";
    assertEquals(outcome(new XMLChangeLogSAXParser(), file, root), outcome(new SchemaCachingChangeLogParser(), file, root));
  }

  @Test
  void liquibaseChoosesItForXml(@TempDir Path root) throws Exception {
    ResourceAccessor accessor = new DirectoryResourceAccessor(root);
    ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser("db.changelog-master.xml", accessor);
    assertInstanceOf(SchemaCachingChangeLogParser.class, parser);
  }

  @Test
  void theOutcomesCompareSomething(@TempDir Path root) throws Exception {
    write(root, "ok.xml", changeLog("dbchangelog-latest.xsd", CREATE));
    write(root, "bad.xml", changeLog("dbchangelog-latest.xsd", CREATE.replace("createTable", "createTablez")));
    String ok = outcome(new SchemaCachingChangeLogParser(), "ok.xml", root);
    String bad = outcome(new SchemaCachingChangeLogParser(), "bad.xml", root);
    assertEquals("parsed: 1::a", ok);
    assertTrue(bad.startsWith("failed: ") && bad.contains("createTablez"), bad);
  }

  @Test
  void compilesEachSetOfSchemasOncePerParse(@TempDir Path root) throws Exception {
    write(root, "a.xml", changeLog("dbchangelog-latest.xsd", CREATE));
    write(root, "b.xml", changeLog("dbchangelog-latest.xsd", CREATE.replace("\"1\"", "\"2\"")));
    write(root, "c.xml", changeLog("dbchangelog-3.1.xsd", CREATE.replace("\"1\"", "\"3\"")));
    write(root, "master.xml", changeLog("dbchangelog-latest.xsd",
        "  <include file=\"a.xml\"/>\n  <include file=\"b.xml\"/>\n  <include file=\"c.xml\"/>"));
    ResourceAccessor accessor = new DirectoryResourceAccessor(root);
    assertEquals("parsed: 1::a,2::a,3::a", outcome(new SchemaCachingChangeLogParser(), "master.xml", accessor));
    assertEquals(2, SchemaCachingXmlReader.compiledSchemas(accessor)); // latest (master, a, b) and 3.1 (c)
  }

  private static String outcome(ChangeLogParser parser, String file, Path root) throws Exception {
    return outcome(parser, file, new DirectoryResourceAccessor(root));
  }

  /** The changeSets parsed, or the failure's message. */
  private static String outcome(ChangeLogParser parser, String file, ResourceAccessor accessor) throws Exception {
    return Scope.child(java.util.Map.of(Scope.Attr.resourceAccessor.name(), accessor), () -> {
      try {
        return "parsed: " + String.join(",", parser.parse(file, new ChangeLogParameters(), accessor).getChangeSets().stream()
            .map(ChangeSet::toString).map(s -> s.substring(s.indexOf("::") + 2)).toList());
      } catch (Exception e) {
        return "failed: " + e.getMessage();
      }
    });
  }

  private static void write(Path root, String name, String text) throws IOException {
    Files.writeString(root.resolve(name), text);
  }
}
