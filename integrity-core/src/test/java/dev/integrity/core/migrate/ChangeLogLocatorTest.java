package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.model.Setting;
import dev.integrity.core.support.ModuleLayout;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master changelog is found in a module of a multi-module build, on real files and jars. */
class ChangeLogLocatorTest {

  private static final Setting SPRING = new Setting("classpath:db/changelog/shop-master.xml",
      "spring.liquibase.change-log in application.yml");

  @TempDir
  Path build;

  @Test
  void springsChangeLogIsFoundInAReactorModulesResourcesBeforeItsJar() throws Exception {
    Path resources = build.resolve("migrations/src/main/resources");
    Path master = ModuleLayout.write(resources.resolve("db/changelog/shop-master.xml"), ModuleLayout.MASTER);
    Path jar = ModuleLayout.jar(build.resolve("migrations/target/migrations-1.0.jar"), ModuleLayout.changeLog("fixtures/shop/clean.xml"));
    assertEquals(master, ChangeLogLocator.locate(build.resolve("app"), null, List.of(build.resolve("app/src/main/resources"), resources, jar), SPRING));
  }

  @Test
  void aChangelogOnlyInAJarIsReadWithItsIncludesThroughTheClasspath() throws Exception {
    Path jar = ModuleLayout.jar(build.resolve("migrations-1.0.jar"), ModuleLayout.changeLog("fixtures/shop/clean.xml"));
    Path found = ChangeLogLocator.locate(build.resolve("app"), null, List.of(build.resolve("app/src/main/resources"), jar),
        new Setting("classpath:/db/changelog/shop-master.xml", "spring.liquibase.change-log in application.yml"));
    assertTrue(ChangeLogLocator.inJar(found));
    assertEquals(jar + "!/db/changelog/shop-master.xml", ChangeLogLocator.describe(found));
    try (URLClassLoader classpath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      List<ChangeSet> changeSets = new LiquibaseMigrator(List.of(), classpath).parse(found).getChangeSets();
      assertEquals(List.of("1 db/changelog/changes/shop.xml"),
          changeSets.stream().map(c -> c.getId() + " " + c.getFilePath()).toList());
    }
  }

  @Test
  void aRebuiltJarIsReadAfreshAndTheFileSystemOfTheOldOneIsClosed() throws Exception {
    Path jarFile = build.resolve("migrations-1.0.jar");
    List<Path> classpath = List.of(build.resolve("app/src/main/resources"), ModuleLayout.jar(jarFile, ModuleLayout.changeLog("fixtures/shop/clean.xml")));
    Path first = ChangeLogLocator.locate(build.resolve("app"), null, classpath, SPRING);
    assertSame(first.getFileSystem(), ChangeLogLocator.locate(build.resolve("app"), null, classpath, SPRING).getFileSystem(),
        "the same jar is opened once");

    ModuleLayout.jar(jarFile, ModuleLayout.changeLog("fixtures/shop/drifted.xml"));
    Files.setLastModifiedTime(jarFile, FileTime.fromMillis(Files.getLastModifiedTime(jarFile).toMillis() + 60_000));
    Path rebuilt = ChangeLogLocator.locate(build.resolve("app"), null, classpath, SPRING);

    assertFalse(first.getFileSystem().isOpen(), "the old jar's file system is closed");
    assertTrue(rebuilt.getFileSystem().isOpen());
    assertEquals(ModuleLayout.changeLog("fixtures/shop/drifted.xml").get("db/changelog/changes/shop.xml").length,
        Files.size(rebuilt.getFileSystem().getPath("/db/changelog/changes/shop.xml")), "the rebuilt jar is read");
  }

  @Test
  void aConventionalChangelogIsFoundOnTheClasspathWhenTheModuleHasNone() throws Exception {
    Path classes = build.resolve("migrations/target/classes");
    Path master = ModuleLayout.write(classes.resolve("config/liquibase/master.xml"), ModuleLayout.MASTER);
    assertEquals(Optional.of(master), ChangeLogLocator.find(build.resolve("app"), null, List.of(build.resolve("app/src/main/resources"), classes), null));
    assertEquals(Optional.empty(), ChangeLogLocator.find(build.resolve("app"), null, List.of(build.resolve("app/src/main/resources")), null));
  }

  @Test
  void theFirstClasspathRootHoldingAConventionalNameWinsOverABetterNameFurtherOn() throws Exception {
    Path resources = build.resolve("app/src/main/db");
    Path master = ModuleLayout.write(resources.resolve("config/liquibase/master.xml"), ModuleLayout.MASTER);
    Path jar = ModuleLayout.jar(build.resolve("library-1.0.jar"),
        java.util.Map.of("db/changelog/db.changelog-master.yaml", "databaseChangeLog: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(master, ChangeLogLocator.locate(build.resolve("app"), null, List.of(resources, jar), null));
    assertEquals("/db/changelog/db.changelog-master.yaml", ChangeLogLocator.locate(build.resolve("app"), null, List.of(jar, resources), null).toString());
  }

  @Test
  void theModulesOwnConventionalChangelogWinsOverTheClasspath() throws Exception {
    Path own = ModuleLayout.write(build.resolve("app/src/main/resources/db/changelog/db.changelog-master.xml"), ModuleLayout.MASTER);
    Path other = build.resolve("other/target/classes");
    ModuleLayout.write(other.resolve("db/changelog/db.changelog-master.yaml"), "databaseChangeLog: []\n");
    assertEquals(own, ChangeLogLocator.locate(build.resolve("app"), null, List.of(other), null));
  }

  @Test
  void aFileLocationIsRelativeToTheModule() throws Exception {
    Path master = ModuleLayout.write(build.resolve("app/db/master.xml"), ModuleLayout.MASTER);
    assertEquals(master, ChangeLogLocator.locate(build.resolve("app"), null, List.of(), new Setting("file:db/master.xml", "x")));
  }

  @Test
  void springsChangeLogThatIsNowhereNamesTheLocationAndTheRootsSearched() throws Exception {
    Path resources = build.resolve("app/src/main/resources");
    Path jar = ModuleLayout.jar(build.resolve("migrations-1.0.jar"), ModuleLayout.changeLog("fixtures/shop/clean.xml"));
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(build.resolve("app"), null,
        List.of(resources, jar), new Setting("classpath:db/changelog/missing.xml", "spring.liquibase.change-log in application.yml")));
    assertEquals("spring.liquibase.change-log in application.yml names classpath:db/changelog/missing.xml, which is not on the"
        + " project's classpath; searched " + resources + ", " + jar + ". Build the module that holds it first (run the build from the"
        + " aggregator, or mvn install it), or set <changeLogFile> to the master changelog.", e.getMessage());
  }

  @Test
  void aPlaceholderInSpringsChangeLogIsNamed() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(build, null, List.of(),
        new Setting("${CHANGELOG}", "spring.liquibase.change-log in application.yml")));
    assertTrue(e.getMessage().startsWith("spring.liquibase.change-log in application.yml is '${CHANGELOG}', and nothing sets CHANGELOG"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(", or set <changeLogFile> to the master changelog."), e.getMessage());
  }

  @Test
  void nothingFoundNamesTheModulesLocationsAndTheClasspathNames() {
    Path resources = build.resolve("app/src/main/resources");
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(build, null, List.of(resources), null));
    assertEquals("no Liquibase changelog found; tried " + String.join(", ", ChangeLogLocator.DEFAULT_LOCATIONS) + " under " + build
        + ", then " + String.join(", ", ChangeLogLocator.DEFAULT_CLASSPATH_NAMES) + " on the classpath (" + resources + ")"
        + ". Set <changeLogFile> to the master changelog.", e.getMessage());
  }

  @Test
  void aLongClasspathIsNamedByItsFirstRootsAndACount() {
    List<Path> classpath = java.util.stream.IntStream.range(0, 40).mapToObj(i -> build.resolve("lib/dependency-" + i + ".jar")).toList();
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(build, null, classpath, null));
    assertTrue(e.getMessage().contains(classpath.get(5) + ", and 34 more jars and directories of the runtime classpath)"), e.getMessage());
    assertTrue(!e.getMessage().contains("dependency-6.jar"), e.getMessage());
  }
}
