package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.Fork;
import dev.integrity.core.support.LocalPostgres;
import dev.integrity.core.support.TestProjects;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jdbc provider against a plain PostgreSQL server that holds a database of its own with data. */
class JdbcServerTest {

  private static final String BUILDER = "builder";
  private static final String BUILDER_PASSWORD = "Bu1lder-pw";
  private static final String READER = "reader";
  private static final String READER_PASSWORD = "Re4der-pw";

  private static LocalPostgres server;

  @BeforeAll
  static void startServer() throws Exception {
    server = LocalPostgres.start();
    server.psql("postgres", "CREATE ROLE " + BUILDER + " LOGIN CREATEDB PASSWORD '" + BUILDER_PASSWORD + "'");
    server.psql("postgres", "CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'");
    server.psql("postgres", "CREATE DATABASE shop");
    server.psql("shop", "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(100) NOT NULL);"
        + " CREATE SEQUENCE customer_seq; CREATE INDEX customer_name ON customer (name);"
        + " INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace'); SELECT setval('customer_seq', 2);");
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static DatabaseSettings jdbc(String url, String user, String password) {
    return new DatabaseSettings("jdbc", null, Duration.ofSeconds(60), url, user, password);
  }

  @Test
  void passingAndFailingBuildsLeaveTheNamedDatabaseByteForByteUnchangedAndNoScratchDatabase(@TempDir Path out) throws Exception {
    String before = server.dump("shop");
    assertTrue(before.contains("Grace"), "the dump holds the data");
    List<String> databases = server.databases();

    VerifyResult clean = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(jdbc(server.url("shop"), BUILDER, BUILDER_PASSWORD)).build(), TestProjects.STDOUT);
    VerifyResult drifted = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(jdbc(server.url("shop"), BUILDER, BUILDER_PASSWORD)).build(), TestProjects.STDOUT);

    assertFalse(clean.failed());
    assertTrue(drifted.failed());
    assertEquals(before, server.dump("shop"));
    assertEquals(databases, server.databases());
  }

  @Test
  void aBuildThatThrowsDropsItsScratchDatabases(@TempDir Path out) throws Exception {
    List<String> databases = server.databases();
    assertThrows(IntegrityException.class, () -> Integrity.verify(
        TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/errors/failing-changeset.xml", out)
            .database(jdbc(server.url("shop"), BUILDER, BUILDER_PASSWORD)).build(), TestProjects.STDOUT));
    assertEquals(databases, server.databases());
  }

  @Test
  void createsScratchDatabasesUnderUniqueNamesAndDropsExactlyThose() throws Exception {
    try (JdbcServer jdbc = JdbcServer.connect(server.url("shop"), BUILDER, BUILDER_PASSWORD)) {
      Database first = jdbc.createDatabase("integrity_migrated");
      Database second = jdbc.createDatabase("integrity_migrated");
      assertNotEquals(first.name(), second.name());
      assertTrue(first.name().startsWith("integrity_migrated_"));
      assertTrue(server.databases().containsAll(List.of(first.name(), second.name())));
      jdbc.dropDatabase(first);
      assertFalse(server.databases().contains(first.name()));
      jdbc.dropDatabase(new Database(server.url("shop"), BUILDER, BUILDER_PASSWORD, "shop"));
      assertTrue(server.databases().contains("shop"), "a database the provider did not create is never dropped");
    }
    assertEquals(List.of("postgres", "shop", "template0", "template1"), server.databases());
  }

  @Test
  void aUserWithoutCreatedbIsToldWhatToGrant() {
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> JdbcServer.connect(server.url("shop"), READER, READER_PASSWORD));
    assertEquals("user reader may not create databases on " + server.url("shop") + "; the jdbc provider creates two scratch databases"
        + " there (and drops them afterwards). Grant it the right (ALTER ROLE reader CREATEDB), or use <database>docker</database>"
        + " or <database>embedded</database>.", e.getMessage());
  }

  @Test
  void refusedCredentialsNameTheUserAndNeverThePassword() {
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> JdbcServer.connect(server.url("shop"), BUILDER, "wrong-Secret-1"));
    assertTrue(e.getMessage().startsWith("PostgreSQL at " + server.url("shop") + " refused user builder: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("Check <username> and <password> (or the <server> named by <serverId> in settings.xml)."));
    assertFalse(e.getMessage().contains("wrong-Secret-1"));
  }

  @Test
  void aPasswordInsideTheUrlNeverAppearsInTheMessage() {
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> JdbcServer.connect(server.url("shop") + "?password=url-Secret-2&ssl=false", BUILDER, null));
    assertTrue(e.getMessage().contains("?password=****&ssl=false"), e.getMessage());
    assertFalse(e.getMessage().contains("url-Secret-2"));
  }

  @Test
  void anUnreachableServerIsNamedWithWhatToCheck() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres";
    IntegrityException e = assertThrows(IntegrityException.class, () -> JdbcServer.connect(url, BUILDER, BUILDER_PASSWORD));
    assertTrue(e.getMessage().startsWith("cannot reach PostgreSQL at " + url + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith(". Check the host and port in <jdbcUrl>, that the server runs, and that it accepts"
        + " connections from this machine."), e.getMessage());
  }

  @Test
  void aMissingDatabaseInTheUrlSaysToPointAtOneThatExists() {
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> JdbcServer.connect(server.url("nosuchdb"), BUILDER, BUILDER_PASSWORD));
    assertTrue(e.getMessage().startsWith("the database in <jdbcUrl> " + server.url("nosuchdb") + " does not exist"), e.getMessage());
    assertTrue(e.getMessage().endsWith("the plugin only connects to it to create its scratch databases."));
  }

  @Test
  void missingUrlOrUserSayWhichParameterToSet() {
    assertEquals("<database>jdbc</database> needs <jdbcUrl>, such as jdbc:postgresql://db.example.com:5432/postgres."
            + " Set <jdbcUrl> (or -Dintegrity.jdbcUrl), or use <database>auto</database>.",
        assertThrows(IntegrityException.class, () -> JdbcServer.connect(null, BUILDER, BUILDER_PASSWORD)).getMessage());
    assertEquals("<jdbcUrl> is 'postgres://ci:****@db/app'; it must be a PostgreSQL URL of the form"
            + " jdbc:postgresql://host[:port]/database[?parameters]. Fix <jdbcUrl>.",
        assertThrows(IntegrityException.class, () -> JdbcServer.connect("postgres://ci:pw@db/app", BUILDER, "pw")).getMessage());
    assertEquals("<database>jdbc</database> needs a user: set <username> and <password>, or <serverId> naming a <server> in"
            + " settings.xml that holds them.",
        assertThrows(IntegrityException.class, () -> JdbcServer.connect(server.url("shop"), " ", null)).getMessage());
  }

  @Test
  void anInterruptedBuildDropsItsScratchDatabase() throws Exception {
    try (Fork fork = Fork.start(ForkedServer.class, Map.of(), "hold", "jdbc", server.url("shop"), BUILDER, BUILDER_PASSWORD)) {
      String ready = fork.lineStartingWith("READY ");
      String scratch = ready.split(" ")[0];
      assertTrue(server.databases().contains(scratch));
      fork.interrupt();
      assertFalse(server.databases().contains(scratch));
    }
  }

  @Test
  void aDropThatFailsStillDropsTheOtherScratchDatabasesAndNamesTheOneLeftBehind() throws Exception {
    JdbcServer jdbc = JdbcServer.connect(server.url("postgres"), BUILDER, BUILDER_PASSWORD);
    Database kept = jdbc.createDatabase("integrity_migrated");
    Database dropped = jdbc.createDatabase("integrity_model");
    // A real way for the builder's DROP to fail: the database now belongs to another role.
    server.psql("postgres", "ALTER DATABASE " + kept.name() + " OWNER TO " + LocalPostgres.ADMIN);
    try {
      IntegrityException failure = assertThrows(IntegrityException.class, jdbc::close);
      assertTrue(failure.getMessage().contains("could not drop the scratch database " + kept.name()), failure.getMessage());
      assertTrue(failure.getMessage().contains("DROP DATABASE " + kept.name() + " WITH (FORCE);"), failure.getMessage());
      assertFalse(failure.getMessage().contains(dropped.name()), failure.getMessage());
      assertFalse(server.databases().contains(dropped.name()), "the other scratch database is dropped");
      assertTrue(server.databases().contains(kept.name()));
    } finally {
      server.psql("postgres", "DROP DATABASE IF EXISTS " + kept.name());
    }
  }
}
