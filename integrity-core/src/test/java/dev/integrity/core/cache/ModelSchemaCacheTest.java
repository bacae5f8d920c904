package dev.integrity.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model side's cache with real Hibernate 6.6 and PostgreSQL: an entity compiled anew with the same mapping
 * reuses the earlier reading (its database stays empty: nothing exported, nothing read), a mapping change does not;
 * an entity whose code alone changed in the same class directory reuses the script too (Hibernate is not booted),
 * a changed naming strategy does not.
 */
class ModelSchemaCacheTest {

  private static final String PARCEL = """
      package parcels;
      @jakarta.persistence.Entity
      public class Parcel {
        @jakarta.persistence.Id Long id;
        @jakarta.persistence.Column(length = %d) String label;
        %s
      }
      """;

  /** A physical naming strategy whose class initialiser counts the class loaders that loaded it: each boot of Hibernate. */
  private static final String NAMES = """
      package parcels;
      import org.hibernate.boot.model.naming.Identifier;
      public class Names extends org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl {
        static {
          System.setProperty("%1$s", String.valueOf(Integer.getInteger("%1$s", 0) + 1));
        }
        @Override
        public Identifier toPhysicalTableName(Identifier name, org.hibernate.engine.jdbc.env.spi.JdbcEnvironment context) {
          return Identifier.toIdentifier("%2$s" + name.getText());
        }
      }
      """;
  private static final String BOOTS = "integrity.test.model-script-boots";
  private static final String SCRIPT_REUSED = "Hibernate's DDL is reused";

  private static DatabaseServer server;

  private final List<String> infos = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Log log = new Log() {
    @Override
    public void info(String message) {
      infos.add(message);
      TestProjects.STDOUT.info(message);
    }

    @Override
    public void warn(String message) {
      warnings.add(message);
      TestProjects.STDOUT.warn(message);
    }
  };

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(new DatabaseSettings("embedded", null, Duration.ofSeconds(60), null, null, null));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCodeChangeWithTheSameDdlReusesTheSchemaAndAMappingChangeExportsAgain(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), true, log);

    ModelSchema first = export(cache, compile(work.resolve("v1"), 80, ""));
    assertFalse(first.reused());
    assertEquals("character varying(80)", label(first.schema()).type());

    Path codeOnly = compile(work.resolve("v2"), 80, "String describe() { return \"parcel \" + label; }");
    Database untouched = server.createDatabase("integrity_model");
    ModelSchema second = cache.export(model(codeOnly), untouched, List::of);
    assertTrue(second.reused(), "same DDL, only the class's code changed");
    assertEquals(first.schema(), second.schema());
    assertEquals(0, tables(untouched), "a reused model schema is neither exported into database B nor read from it");
    assertEquals("parcels.Parcel", second.result().origins().entity("public", "parcel", "label"));

    ModelSchema wider = export(cache, compile(work.resolve("v3"), 120, ""));
    assertFalse(wider.reused(), "a mapping change changes the DDL");
    assertEquals("character varying(120)", label(wider.schema()).type());
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void codeChangesReuseTheScriptWithoutBootingHibernateAndAChangedNamingStrategyExportsAgain(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), true, log);
    Path classes = work.resolve("classes");
    compile(classes, work, PARCEL.formatted(80, ""), NAMES.formatted(BOOTS, "t_"));
    int boots = Integer.getInteger(BOOTS, 0);
    ModelSchema first = cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    assertEquals(boots + 1, Integer.getInteger(BOOTS, 0), "the first export boots Hibernate");
    assertEquals(List.of("t_parcel"), tableNames(first.schema()));

    compile(classes, work, PARCEL.formatted(80, """
        @Override public String toString() { return "parcel " + id + " " + label; }
        void relabel(String prefix) { label = prefix + label; }
        """), NAMES.formatted(BOOTS, "t_"));
    Database untouched = server.createDatabase("integrity_model");
    ModelSchema second = cache.export(named(classes), untouched, List::of);
    assertEquals(boots + 1, Integer.getInteger(BOOTS, 0), "Hibernate is not booted when only the entity's code changed");
    assertEquals(1, infos.stream().filter(line -> line.contains(SCRIPT_REUSED)).count(), infos.toString());
    assertTrue(second.reused());
    assertEquals(first.schema(), second.schema());
    assertEquals(first.result(), second.result(), "the origins and the Hibernate version come with the script");
    assertEquals(0, tables(untouched));

    compile(classes, work, PARCEL.formatted(80, ""), NAMES.formatted(BOOTS, "u_"));
    ModelSchema renamed = cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    assertEquals(boots + 2, Integer.getInteger(BOOTS, 0), "a naming strategy's code counts whole: Hibernate is booted again");
    assertEquals(List.of("u_parcel"), tableNames(renamed.schema()));
    assertFalse(renamed.reused());
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void aHibernateSystemPropertyBootsHibernateAgain(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), true, log);
    Path classes = work.resolve("classes");
    compile(classes, work, PARCEL.formatted(80, ""), NAMES.formatted(BOOTS, "t_"));
    cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    int boots = Integer.getInteger(BOOTS, 0);
    cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    assertEquals(boots, Integer.getInteger(BOOTS, 0), "nothing changed: the script is reused");
    System.setProperty("hibernate.integrity_test_setting", "on");
    try {
      cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    } finally {
      System.clearProperty("hibernate.integrity_test_setting");
    }
    assertEquals(boots + 1, Integer.getInteger(BOOTS, 0), "Hibernate reads hibernate.* system properties: they are part of the key");
  }

  @Test
  void aDamagedScriptEntryIsDiscardedWithOneLineAndHibernateBooted(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), true, log);
    Path classes = work.resolve("classes");
    compile(classes, work, PARCEL.formatted(80, ""), NAMES.formatted(BOOTS, "t_"));
    cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    Path entry = work.resolve("cache/" + ModelScriptCache.FILE);
    Files.writeString(entry, Files.readString(entry).replace("\"statements\"", "\"statement\""));

    int boots = Integer.getInteger(BOOTS, 0);
    ModelSchema again = cache.export(named(classes), server.createDatabase("integrity_model"), List::of);
    assertEquals(boots + 1, Integer.getInteger(BOOTS, 0), "a damaged script is not used");
    assertEquals(List.of("t_parcel"), tableNames(again.schema()));
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("integrity: discarding the damaged cache file " + entry), warnings.get(0));
  }

  @Test
  void aDamagedEntryIsDiscardedWithOneLineAndTheModelExported(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), true, log);
    Path classes = compile(work.resolve("v1"), 80, "");
    export(cache, classes);
    Path entry = work.resolve("cache/model-schema.json");
    Files.writeString(entry, Files.readString(entry).substring(0, 40));

    ModelSchema again = export(cache, classes);
    assertFalse(again.reused());
    assertEquals("character varying(80)", label(again.schema()).type());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("integrity: discarding the damaged cache file " + entry), warnings.get(0));
    assertTrue(export(cache, classes).reused(), "the entry is written again after the export");
  }

  @Test
  void aDisabledCacheAlwaysExports(@TempDir Path work) throws Exception {
    ModelSchemaCache cache = new ModelSchemaCache(work.resolve("cache"), false, log);
    Path classes = compile(work.resolve("v1"), 80, "");
    export(cache, classes);
    assertFalse(export(cache, classes).reused());
    assertFalse(Files.exists(work.resolve("cache")));
  }

  private static ModelSchema export(ModelSchemaCache cache, Path classes) {
    return cache.export(model(classes), server.createDatabase("integrity_model"), List::of);
  }

  private static ModelRequest model(Path classes) {
    List<Path> classpath = new ArrayList<>(List.of(classes));
    classpath.addAll(TestProjects.testClasspath());
    return new ModelRequest(classpath, List.of(classes), List.of("parcels"), List.of(), Map.of());
  }

  private static ModelRequest named(Path classes) {
    List<Path> classpath = new ArrayList<>(List.of(classes));
    classpath.addAll(TestProjects.testClasspath());
    return new ModelRequest(classpath, List.of(classes), List.of("parcels"), List.of(), Map.of(), "parcels.Names", null);
  }

  /** The sources compiled into {@code classes}, over what an earlier compile left there, as a build recompiles. */
  private static void compile(Path classes, Path work, String... sources) throws Exception {
    Path src = Files.createTempDirectory(work, "src");
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
    for (String source : sources) {
      String name = source.substring(source.indexOf("class ") + 6).split("[ {]")[0];
      Path file = src.resolve("parcels/" + name + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      arguments.add(file.toString());
    }
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)), "javac " + arguments);
  }

  private static List<String> tableNames(Schema schema) {
    return schema.tables().stream().map(t -> t.name()).sorted().toList();
  }

  private static Path compile(Path directory, int length, String extra) throws Exception {
    Path source = directory.resolve("src/parcels/Parcel.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, PARCEL.formatted(length, extra));
    Path classes = directory.resolve("classes");
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), source.toString());
    assertEquals(0, status, "javac " + source);
    return classes;
  }

  private static Column label(Schema schema) {
    return schema.tables().stream().filter(t -> t.name().equals("parcel")).findFirst().orElseThrow()
        .columns().stream().filter(c -> c.name().equals("label")).findFirst().orElseThrow();
  }

  private static int tables(Database database) throws SQLException {
    try (Connection connection = database.connect();
        var rows = connection.createStatement().executeQuery(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'r' AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
