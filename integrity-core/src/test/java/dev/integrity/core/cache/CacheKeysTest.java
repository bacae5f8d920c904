package dev.integrity.core.cache;

import dev.integrity.core.report.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.EntitySource;
import dev.integrity.core.model.ModelRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of input invalidates the keys it must, and only those; the run's own outputs invalidate nothing. */
class CacheKeysTest {

  @TempDir
  Path project;

  private Path changeLog;
  private Path classes;
  private Path jar;

  @BeforeEach
  void project() throws Exception {
    changeLog = write("src/main/resources/db/changelog/master.xml", "<databaseChangeLog/>");
    write("src/main/resources/db/changelog/001.sql", "create table a (id int);");
    classes = project.resolve("target/classes");
    write("target/classes/shop/Customer.class", "CAFEBABE jakarta/persistence/Entity");
    write("target/classes/shop/AddColumnChange.class", "CAFEBABE liquibase/change/custom/CustomTaskChange");
    write("src/main/java/shop/Customer.java", "@Entity class Customer {}");
    jar = write("lib/dependency.jar", "PK");
  }

  @Test
  void sameInputsGiveTheSameKeys() {
    assertEquals(keys(b -> {}), keys(b -> {}));
  }

  @Test
  void aChangedChangeLogInvalidatesBoth() throws Exception {
    CacheKeys before = keys(b -> {});
    write("src/main/resources/db/changelog/001.sql", "create table a (id bigint);");
    assertBothChanged(before, keys(b -> {}));
  }

  @Test
  void aChangedEntityInvalidatesTheVerdictButNotTheMigratedSchema() throws Exception {
    CacheKeys before = keys(b -> {});
    write("target/classes/shop/Customer.class", "CAFEBABE jakarta/persistence/Entity jakarta/persistence/Column");
    write("src/main/java/shop/Customer.java", "@Entity class Customer { @Column String name; }");
    CacheKeys after = keys(b -> {});
    assertEquals(before.migration(), after.migration());
    assertNotEquals(before.verdict(), after.verdict());
  }

  @Test
  void aChangedNonEntityClassInvalidatesBoth() throws Exception {
    CacheKeys before = keys(b -> {});
    write("target/classes/shop/AddColumnChange.class", "CAFEBABE liquibase/change/custom/CustomTaskChange v2");
    assertBothChanged(before, keys(b -> {}));
  }

  @Test
  void anotherBuildSharingItsServerDifferentlyIsTheSameInput() {
    CacheKeys one = keys(b -> b.database(DatabaseSettings.auto().sharedBy("1700000000000-1", 1)));
    assertEquals(one, keys(b -> b.database(DatabaseSettings.auto().sharedBy("1700000099999-2", 3))));
    DatabaseSettings embedded = new DatabaseSettings("embedded", DatabaseSettings.DEFAULT_IMAGE, java.time.Duration.ofSeconds(60), null, null, null);
    assertNotEquals(one.migration(), keys(b -> b.database(embedded.sharedBy("1700000000000-1", 1))).migration());
  }

  @Test
  void aChangedParameterInvalidatesTheVerdict() {
    CacheKeys before = keys(b -> {});
    CacheKeys failOn = keys(b -> b.failOn(Verdict.parse("high")));
    assertNotEquals(before.verdict(), failOn.verdict());
    assertEquals(before.migration(), failOn.migration());
    assertNotEquals(before.verdict(), keys(b -> b.schemas(List.of("public", "audit"))).verdict());
    CacheKeys hibernate = keys(b -> b.model(model(Map.of("hibernate.default_schema", "shop"))));
    assertNotEquals(before.verdict(), hibernate.verdict());
    assertEquals(before.migration(), hibernate.migration());
  }

  @Test
  void aChangedDependencyOrPluginJarInvalidatesBoth() throws Exception {
    CacheKeys before = keys(b -> {});
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    assertBothChanged(before, keys(b -> {}));
  }

  @Test
  void aChangedEntityInTheEntitiesModulesJarInvalidatesTheVerdict() throws Exception {
    Path entities = write("entities/target/entities-1.0.jar", "PK Customer");
    CacheKeys before = keys(b -> b.model(modules(entities)));
    write("entities/target/entities-1.0.jar", "PK Customer with a new field");
    assertNotEquals(before.verdict(), keys(b -> b.model(modules(entities))).verdict());
  }

  @Test
  void aChangedEntityInAReactorModulesClassesInvalidatesTheVerdictButNotTheMigratedSchema() throws Exception {
    Path entities = project.resolve("entities/target/classes");
    write("entities/target/classes/shop/Address.class", "CAFEBABE jakarta/persistence/Entity");
    CacheKeys before = keys(b -> b.model(modules(entities)));
    write("entities/target/classes/shop/Address.class", "CAFEBABE jakarta/persistence/Entity jakarta/persistence/Column");
    CacheKeys after = keys(b -> b.model(modules(entities)));
    assertEquals(before.migration(), after.migration());
    assertNotEquals(before.verdict(), after.verdict());
  }

  @Test
  void aChangedChangeLogInTheMigrationsModuleInvalidatesBoth() throws Exception {
    write("migrations/src/main/resources/db/changelog/changes/002.xml", "<databaseChangeLog/>");
    List<Path> roots = List.of(project.resolve("src/main/resources"), project, project.resolve("migrations/src/main/resources"));
    CacheKeys before = keys(b -> b.changeLogSearchRoots(roots));
    write("migrations/src/main/resources/db/changelog/changes/002.xml", "<databaseChangeLog><changeSet id=\"2\" author=\"a\"/></databaseChangeLog>");
    assertBothChanged(before, keys(b -> b.changeLogSearchRoots(roots)));
  }

  @Test
  void aLiquibaseSystemPropertyInvalidatesBoth() {
    CacheKeys before = keys(b -> {});
    System.setProperty("liquibase.integrityCacheKeysTest", "on");
    try {
      assertBothChanged(before, keys(b -> {}));
    } finally {
      System.clearProperty("liquibase.integrityCacheKeysTest");
    }
  }

  @Test
  void theRunsOwnOutputsInvalidateNothing() throws Exception {
    CacheKeys before = keys(b -> {});
    write("target/integrity/report.json", "{\"status\":\"passed\"}");
    write("target/integrity/.cache/verdict.json", "{}");
    write("target/surefire-reports/TEST-x.xml", "<testsuite/>");
    write("build.log", "[INFO] BUILD SUCCESS");
    write(".idea/workspace.xml", "<project/>");
    assertEquals(before, keys(b -> {}));
  }

  private static void assertBothChanged(CacheKeys before, CacheKeys after) {
    assertNotEquals(before.migration(), after.migration());
    assertNotEquals(before.verdict(), after.verdict());
  }

  private CacheKeys keys(Consumer<VerifyRequest.Builder> change) {
    VerifyRequest.Builder builder = VerifyRequest.builder()
        .baseDir(project)
        .changeLogFile(changeLog)
        .changeLogSearchRoots(List.of(project.resolve("src/main/resources"), project))
        .model(model(Map.of("hibernate.type.preferred_uuid_jdbc_type", "CHAR", "hibernate.default_schema", "public")))
        .outputDirectory(project.resolve("target/integrity"));
    change.accept(builder);
    VerifyRequest request = builder.build();
    return CacheKeys.of(request, changeLog, request.outputDirectory().resolve(RunCache.DIRECTORY));
  }

  private ModelRequest model(Map<String, String> hibernateProperties) {
    return new ModelRequest(List.of(classes, jar), List.of(classes), List.of(), List.of(), hibernateProperties);
  }

  /** The app module's model with a dependency module's classes (a jar or a class directory) on its classpath, scanned for entities. */
  private ModelRequest modules(Path entities) {
    return new ModelRequest(List.of(classes, jar, entities), List.of(classes), List.of(), List.of(), Map.of(), null, null,
        List.of(new EntitySource("app (this module)", classes), new EntitySource("entities (reactor module)", entities)));
  }

  private Path write(String path, String content) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
