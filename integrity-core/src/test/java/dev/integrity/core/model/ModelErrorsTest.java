package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user reads when the entity model cannot be exported (real Hibernate, embedded provider). */
class ModelErrorsTest {

  private static String failure(ModelRequest model, Path out) {
    return assertThrows(IntegrityException.class, () -> Integrity.verify(
        TestProjects.request("unused", "fixtures/shop/clean.xml", out).model(model)
            .database(new dev.integrity.core.database.DatabaseSettings("embedded", null, java.time.Duration.ofSeconds(60), null, null, null))
            .build(), TestProjects.STDOUT)).getMessage();
  }

  @Test
  void aMappingHibernateRejectsNamesTheEntityAndHibernatesReason(@TempDir Path out) {
    String message = failure(TestProjects.model("dev.integrity.core.fixtures.badmapping"), out);
    assertTrue(message.startsWith("Hibernate rejected the entity model: "), message);
    assertTrue(message.contains("dev.integrity.core.fixtures.badmapping.Shipment"), message);
    assertTrue(message.contains("identifier"), message);
    assertTrue(message.endsWith("Fix the mapping named above; the application would fail the same way at startup."), message);
  }

  @Test
  void aNamingStrategyThatCannotBeLoadedNamesTheSettingAndTheClass(@TempDir Path out) {
    ModelRequest shop = TestProjects.model("dev.integrity.core.fixtures.shop");
    ModelRequest model = new ModelRequest(shop.classpath(), shop.entityRoots(), shop.packages(), List.of(), Map.of(),
        "com.example.naming.NoSuchStrategy", null);
    String message = failure(model, out);
    assertTrue(message.startsWith("the naming strategy com.example.naming.NoSuchStrategy set by hibernate.physical_naming_strategy"
        + " (<physicalNamingStrategy>) cannot be loaded from the project's"
        + " runtime classpath: java.lang.ClassNotFoundException: com.example.naming.NoSuchStrategy."), message);
  }

  @Test
  void aNamingStrategyOfTheApplicationsSettingsThatCannotBeLoadedSaysWhereToLook(@TempDir Path resources, @TempDir Path out) throws Exception {
    Files.writeString(resources.resolve("application.yml"),
        "spring:\n  jpa:\n    hibernate:\n      naming:\n        implicit-strategy: com.example.naming.Gone\n");
    ModelRequest shop = TestProjects.model("dev.integrity.core.fixtures.shop");
    ModelRequest model = new ModelRequest(shop.classpath(), List.of(shop.entityRoots().get(0), resources), shop.packages(), List.of(), Map.of());
    String message = failure(model, out);
    assertTrue(message.startsWith("the naming strategy com.example.naming.Gone set by hibernate.implicit_naming_strategy (the application's"
        + " settings, such as spring.jpa.hibernate.naming.implicit-strategy in application.yml; the log above says where)"), message);
  }

  @Test
  void noEntityClassesSaysWhereItLooked(@TempDir Path out) {
    String message = failure(TestProjects.model("dev.integrity.core.fixtures.nothing"), out);
    assertEquals("no entity classes found in [target/test-classes] within packages [dev.integrity.core.fixtures.nothing]."
        + " Compile the project first (mvn verify runs compile), set <packages> to where the @Entity classes are,"
        + " or map them in META-INF/orm.xml.", message);
  }

  @Test
  void classesForANewerJavaSayWhichJavaToRunMavenWith(@TempDir Path classes, @TempDir Path out) throws Exception {
    assumeTrue(Runtime.version().feature() < 25, "runs on Java " + Runtime.version().feature() + ": a Java 25 class is not too new");
    Files.createDirectories(classes.resolve("future"));
    Files.copy(Path.of("src/test/resources/fixtures/java25/Voyage.class.bin"), classes.resolve("future/Voyage.class"));
    ModelRequest model = new ModelRequest(TestProjects.testClasspath(), List.of(classes), List.of(), List.of(), Map.of());
    assertEquals("the project's classes are compiled for Java 25 but Maven runs on Java " + Runtime.version().feature()
        + ". Run Maven with a JDK of version 25 or newer (JAVA_HOME).", failure(model, out));
  }
}
