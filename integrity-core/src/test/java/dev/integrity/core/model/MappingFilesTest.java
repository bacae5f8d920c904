package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.support.ModuleLayout;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML mapping files as the persistence unit reads them (real Hibernate 6.6, real Liquibase, embedded PostgreSQL): an
 * entity mapped only in {@code META-INF/orm.xml}, an annotated one whose column the file overrides, a metadata-complete
 * one whose annotations are void; and which files Spring Boot, persistence.xml and Quarkus make the application read.
 */
class MappingFilesTest {

  private static final String FIXTURE = "dev.integrity.core.fixtures.ormxml";
  private static final Path ORM_ROOT = Path.of("target/test-classes/fixtures/ormxml");

  @Test
  void theSchemaTheOrmXmlMapsPassesWithTheXmlOnlyEntityInTheModel(@TempDir Path out) throws Exception {
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = verify("fixtures/ormxml/clean.xml", out, log);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertTrue(log.lines.contains("Mapping file: META-INF/orm.xml (JPA's default mapping file), mapping 3 classes"), log.text());
  }

  @Test
  void aMigrationContradictingTheXmlIsDriftAndTheXmlCountsAsDeclared(@TempDir Path out) throws Exception {
    VerifyResult result = verify("fixtures/ormxml/drifted.xml", out, new ModuleLayout.Recording());
    List<String> found = new ArrayList<>();
    for (Difference d : result.differences()) {
      found.add(d.kind() + " " + d.table() + "." + d.column());
    }
    assertEquals(List.of("MISSING_COLUMN book.book_title", "EXTRA_COLUMN book.title", "TYPE_MISMATCH author.full_name",
        "NULLABILITY_MISMATCH author.full_name").stream().sorted().toList(), found.stream().sorted().toList());
    Difference type = result.differences().stream().filter(d -> d.kind().name().equals("TYPE_MISMATCH")).findFirst().orElseThrow();
    assertFalse(type.message().contains("does not declare"), type.message());
    assertEquals("dev.integrity.core.fixtures.ormxml.Author", type.entity());
    Difference nullability = result.differences().stream().filter(d -> d.kind().name().equals("NULLABILITY_MISMATCH")).findFirst().orElseThrow();
    assertFalse(nullability.message().contains("the entity implies it"), nullability.message());
  }

  @Test
  void springBootsMappingResourcesReplaceTheDefaultFile(@TempDir Path settings) throws Exception {
    ModuleLayout.write(settings.resolve("application.yml"), "spring:\n  jpa:\n    mapping-resources:\n      - fixtures/ormxml/spring/library.xml\n");
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    MappingFiles files = MappingFiles.find(model(List.of(settings, ORM_ROOT)), getClass().getClassLoader(), log);
    assertEquals(List.of("fixtures/ormxml/spring/library.xml"), files.files().stream().map(MappingFile::name).toList());
    assertEquals(List.of("dev.integrity.core.fixtures.ormxml.Author"), files.classes());
    assertEquals(Map.of("dev.integrity.core.fixtures.ormxml.Author#id", "nullable", "dev.integrity.core.fixtures.ormxml.Author#name",
        "length,nullable"), files.declared());
    assertTrue(log.lines.contains("Mapping file: fixtures/ormxml/spring/library.xml (spring.jpa.mapping-resources in application.yml),"
        + " mapping 1 classes"), log.text());
  }

  @Test
  void persistenceXmlMappingFilesAddToTheDefaultAndQuarkusNoFileTurnsItOff(@TempDir Path settings) throws Exception {
    ModuleLayout.write(settings.resolve("META-INF/persistence.xml"), """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="library">
            <mapping-file>fixtures/ormxml/spring/library.xml</mapping-file>
          </persistence-unit>
        </persistence>
        """);
    MappingFiles files = MappingFiles.find(model(List.of(settings, ORM_ROOT)), getClass().getClassLoader(), new ModuleLayout.Recording());
    assertEquals(List.of("META-INF/orm.xml", "fixtures/ormxml/spring/library.xml"), files.files().stream().map(MappingFile::name).toList());
    assertEquals(List.of("dev.integrity.core.fixtures.ormxml.Review"), files.metadataComplete());

    ModuleLayout.write(settings.resolve("application.properties"), "quarkus.hibernate-orm.mapping-files=no-file\n");
    MappingFiles quarkus = MappingFiles.find(model(List.of(settings, ORM_ROOT)), getClass().getClassLoader(), new ModuleLayout.Recording());
    assertEquals(List.of("fixtures/ormxml/spring/library.xml"), quarkus.files().stream().map(MappingFile::name).toList());
  }

  @Test
  void aNamedFileMissingOrAClassThatDoesNotLoadNamesTheFileAndTheSetting(@TempDir Path settings) throws Exception {
    ModuleLayout.write(settings.resolve("application.properties"), "spring.jpa.mapping-resources=mappings/gone.xml\n");
    String missing = assertThrows(IntegrityException.class,
        () -> MappingFiles.find(model(List.of(settings)), getClass().getClassLoader(), new ModuleLayout.Recording())).getMessage();
    assertEquals("the mapping file mappings/gone.xml named by spring.jpa.mapping-resources in application.properties is not on the project's"
        + " runtime classpath. Check the name (a classpath resource such as META-INF/orm.xml); the application would fail the same way at startup.",
        missing);

    ModuleLayout.write(settings.resolve("META-INF/orm.xml"), """
        <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
          <package>com.example.legacy</package>
          <entity class="Invoice"/>
        </entity-mappings>
        """);
    ModuleLayout.write(settings.resolve("application.properties"), "");
    String unloadable = assertThrows(IntegrityException.class,
        () -> MappingFiles.find(model(List.of(settings)), getClass().getClassLoader(), new ModuleLayout.Recording())).getMessage();
    assertTrue(unloadable.startsWith("the mapping file META-INF/orm.xml maps the class com.example.legacy.Invoice, which cannot be loaded"
        + " from the project's runtime classpath: java.lang.ClassNotFoundException: com.example.legacy.Invoice."), unloadable);
  }

  @Test
  void anHbmXmlTheApplicationNamesIsHandedToHibernate(@TempDir Path settings, @TempDir Path out) throws Exception {
    ModuleLayout.write(settings.resolve("application.properties"), "spring.jpa.mapping-resources=fixtures/hbm/Note.hbm.xml\n");
    List<Path> roots = List.of(settings, Path.of("target/test-classes"));
    List<Path> classpath = new ArrayList<>(roots);
    classpath.addAll(TestProjects.testClasspath());
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.hbm", "fixtures/hbm/clean.xml", out)
        .model(new ModelRequest(classpath, roots, List.of("dev.integrity.core.fixtures.hbm"), List.of(), Map.of()))
        .database(Providers.settings("embedded")).cache(false).build(), log);
    assertEquals(List.of(), result.differences());
    assertTrue(log.lines.contains("Mapping file: fixtures/hbm/Note.hbm.xml (spring.jpa.mapping-resources in application.properties), mapping 1 classes"),
        log.text());
  }

  private static VerifyResult verify(String changeLog, Path out, ModuleLayout.Recording log) {
    return Integrity.verify(TestProjects.request(FIXTURE, changeLog, out)
        .model(model(List.of(ORM_ROOT, Path.of("target/test-classes"))))
        .database(Providers.settings("embedded")).cache(false).build(), log);
  }

  private static ModelRequest model(List<Path> roots) {
    List<Path> classpath = new ArrayList<>(roots);
    classpath.addAll(TestProjects.testClasspath());
    return new ModelRequest(classpath, roots, List.of(FIXTURE), List.of(), Map.of());
  }
}
