package dev.integrity.core.drift;

import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.snapshot.SnapshotResult;
import dev.integrity.core.support.LocalPostgres;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check against "production" databases prepared by hand on a plain PostgreSQL server, with
 * the disposable database from the embedded provider.
 */
class DriftTest {

  private static final String LEDGER = "dev.integrity.core.fixtures.ledger";
  private static LocalPostgres server;
  private static int databases;

  @BeforeAll
  static void startServer() throws Exception {
    server = LocalPostgres.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void cleanLiveDatabasePassesWithDataChecksAndStaysByteForByteTheSame(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), "INSERT INTO account (code, status) VALUES ('A-1', 'OPEN'), ('A-2', 'CLOSED');"
        + " INSERT INTO entry (account_id, amount) VALUES (1, 10), (2, 20)");
    String before = server.dump(live.name());

    DriftResult result = Integrity.drift(request("fixtures/ledger/changelog.xml", out, live, true, null), TestProjects.STDOUT);

    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertEquals(before, server.dump(live.name()));
    assertTrue(Files.readString(out.resolve("report.json")).contains("\"status\" : \"passed\""));
    assertTrue(result.summary().contains("Live schema sha256: " + result.liveHash()));
  }

  @Test
  void schemaAndLiquibaseHistoryDriftAreEachFound(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), "ALTER TABLE account ADD COLUMN legacy_note text;"
        + " DROP INDEX ix_entry_amount; DELETE FROM databasechangelog WHERE id = '3';"
        + " UPDATE databasechangelog SET md5sum = '9:00000000000000000000000000000000' WHERE id = '2';"
        + " INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum)"
        + " VALUES ('hotfix-42', 'ops', 'fixtures/ledger/changelog.xml', now(), 99, 'EXECUTED', '9:1')");

    DriftResult result = Integrity.drift(request("fixtures/ledger/changelog.xml", out, live, false, null), TestProjects.STDOUT);

    assertEquals(List.of(
            "CHANGED_CHECKSUM databasechangelog",
            "EXTRA_COLUMN account.legacy_note",
            "MISSING_INDEX entry",
            "UNAPPLIED_CHANGESET databasechangelog",
            "UNKNOWN_CHANGESET databasechangelog"),
        result.differences().stream().map(DriftTest::describe).sorted().toList());
    assertTrue(result.failed());
    Difference unapplied = kind(result, DifferenceKind.UNAPPLIED_CHANGESET);
    assertEquals("changeSet fixtures/ledger/changelog.xml::3::test", unapplied.model());
    assertTrue(kind(result, DifferenceKind.UNKNOWN_CHANGESET).database().contains("hotfix-42::ops"));
    assertTrue(kind(result, DifferenceKind.EXTRA_COLUMN).message().contains("in the live database but not in the migrations"));
    String report = Files.readString(out.resolve("report.json"));
    assertTrue(report.contains("\"kind\" : \"UNAPPLIED_CHANGESET\""), report);
  }

  @Test
  void dataChecksFindOrphansNullsUnknownEnumValuesAndDuplicatesWithoutChangingAnything(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/loose.xml");
    server.psql(live.name(), "INSERT INTO account (id, code, status) VALUES (1, 'A-1', 'OPEN'), (2, NULL, 'OPEN'),"
        + " (3, 'A-3', 'ARCHIVED'), (4, 'DUP', 'OPEN'), (5, 'DUP', 'CLOSED'), (6, 'A-6', NULL);"
        + " INSERT INTO entry (id, account_id, amount) VALUES (10, 1, 5), (11, 99, 5), (12, 98, 5), (13, NULL, 5)");
    String before = server.dump(live.name());

    DriftResult result = Integrity.drift(request("fixtures/ledger/loose.xml", out, live, true, null), TestProjects.STDOUT);

    assertEquals(before, server.dump(live.name()));
    assertEquals("1 row, e.g. 2", kind(result, DifferenceKind.NULL_ROWS).database().replace("rows", "row"));
    assertEquals("account", kind(result, DifferenceKind.NULL_ROWS).table());
    assertEquals("1 row, e.g. 3: ARCHIVED", kind(result, DifferenceKind.UNKNOWN_ENUM_VALUES).database());
    assertEquals("2 rows, e.g. (DUP) in rows 4, 5", kind(result, DifferenceKind.DUPLICATE_ROWS).database());
    assertEquals("2 rows, e.g. 11; 12", kind(result, DifferenceKind.ORPHAN_ROWS).database());
    // entry.account_id: NULL in a column the model says is NOT NULL (optional = false)
    assertTrue(result.differences().stream().anyMatch(d -> d.kind() == DifferenceKind.NULL_ROWS && d.table().equals("entry")
        && d.database().equals("1 row, e.g. 13")), result.differences().toString());
    assertEquals(dev.integrity.core.fixtures.ledger.Account.class.getName(), kind(result, DifferenceKind.UNKNOWN_ENUM_VALUES).entity());
    assertTrue(result.failed());
  }

  @Test
  void aFailingDataCheckIsReportedAndTheOthersStillRun(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/loose.xml");
    // a value that cannot be cast makes nothing fail; revoking SELECT on one table makes its checks fail
    server.psql(live.name(), "CREATE ROLE reader_" + databases + " LOGIN PASSWORD 'r3ader-secret';"
        + " GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_" + databases + ";"
        + " REVOKE SELECT ON entry FROM reader_" + databases + ";"
        + " INSERT INTO account (id, code, status) VALUES (1, NULL, 'OPEN')");
    Database reader = new Database(live.jdbcUrl(), "reader_" + databases, "r3ader-secret", live.name());

    DriftResult result = Integrity.drift(request("fixtures/ledger/loose.xml", out, reader, true, null), TestProjects.STDOUT);

    assertTrue(result.differences().stream().anyMatch(d -> d.kind() == DifferenceKind.DATA_CHECK_FAILED && d.table().equals("entry")
        && d.message().contains("permission denied")), result.differences().toString());
    assertEquals("1 row, e.g. 1", kind(result, DifferenceKind.NULL_ROWS).database());
    assertFalse(String.join("\n", result.summary()).contains("r3ader-secret"));
    assertFalse(Files.readString(out.resolve("report.json")).contains("r3ader-secret"));
  }

  @Test
  void theLiveConnectionRefusesEveryStatementThatIsNotARead() throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    String before = server.dump(live.name());
    try (Connection connection = ReadOnlyConnection.open(live.connect(), Duration.ofSeconds(30))) {
      assertThrows(SQLException.class, () -> connection.prepareStatement("DELETE FROM account"));
      assertThrows(SQLException.class, () -> connection.prepareStatement("SELECT 1; DROP TABLE account"));
      assertThrows(SQLException.class, () -> connection.prepareStatement("/* sneaky */ insert into account (code) values ('x')"));
      assertThrows(SQLException.class, connection::commit);
      assertThrows(SQLException.class, () -> connection.setAutoCommit(true));
      try (Statement statement = connection.createStatement()) {
        assertThrows(SQLException.class, () -> statement.execute("UPDATE account SET code = 'x'"));
        assertThrows(SQLException.class, () -> statement.executeUpdate("CREATE TABLE evil (id int)"));
        // a read that writes is refused by PostgreSQL itself: the transaction is READ ONLY
        SQLException refused = assertThrows(SQLException.class,
            () -> statement.executeQuery("WITH gone AS (DELETE FROM account RETURNING id) SELECT count(*) FROM gone"));
        assertEquals("25006", refused.getSQLState());
      }
    }
    assertEquals(before, server.dump(live.name()));
  }

  @Test
  void snapshotIsStableAndDriftAgainstItNeedsNoDisposableDatabase(@TempDir Path out) throws Exception {
    Path file = out.resolve("schema-snapshot.json");
    VerifyRequest project = project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build();
    SnapshotResult first = Integrity.snapshot(project, TestProjects.STDOUT);
    byte[] bytes = Files.readAllBytes(file);
    SnapshotResult second = Integrity.snapshot(project, TestProjects.STDOUT);
    assertTrue(first.changed());
    assertFalse(second.changed());
    assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(file));
    String text = Files.readString(file);
    assertTrue(text.contains("\"sha256\" : \"" + first.sha256() + "\""));
    assertFalse(text.contains("ix_entry_amount") || text.contains("fk_entry_account") || text.contains("_pkey"), text);

    Database live = production("fixtures/ledger/changelog.xml");
    // a provider that cannot start proves that no disposable database is used
    VerifyRequest noServer = project("fixtures/ledger/changelog.xml", out).snapshotFile(file)
        .database(new DatabaseSettings("no-such-provider", "x", Duration.ofSeconds(1), null, null, null)).build();
    DriftResult result = Integrity.drift(new DriftRequest(noServer, live, false, null, null), TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertEquals(first.sha256(), result.liveHash());
  }

  @Test
  void verifyFailsWhenTheSnapshotNoLongerMatchesTheMigrations(@TempDir Path out) throws Exception {
    Path file = out.resolve("schema-snapshot.json");
    Integrity.snapshot(project("fixtures/ledger/loose.xml", out).snapshotFile(file).build(), TestProjects.STDOUT);

    VerifyResult result = Integrity.verify(project("fixtures/ledger/changelog.xml", out).snapshotFile(file).failOn(Verdict.parse("none")).build(),
        TestProjects.STDOUT);

    assertTrue(result.failed());
    assertNotNull(result.staleSnapshot());
    assertTrue(result.staleSnapshot().contains("mvn integrity:snapshot"), result.staleSnapshot());
    assertTrue(Files.readString(result.report()).matches("(?s).*\"status\"\\s*:\\s*\"failed\".*"), "report.json must say failed too");
  }

  @Test
  void webhookIsPostedOncePerChangeOfVerdictOrHashAndItsSecretIsNeverShown(@TempDir Path out) throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + " " + exchange.getRequestURI());
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    hook.start();
    try {
      String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/services/T000/B000/s3cr3t-token";
      Path file = out.resolve("schema-snapshot.json");
      Integrity.snapshot(project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build(), TestProjects.STDOUT);
      Database live = production("fixtures/ledger/changelog.xml");
      VerifyRequest project = project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build();

      DriftResult first = Integrity.drift(new DriftRequest(project, live, false, null, url), TestProjects.STDOUT);
      DriftResult same = Integrity.drift(new DriftRequest(project, live, false, null, url), TestProjects.STDOUT);
      server.psql(live.name(), "ALTER TABLE account ADD COLUMN legacy_note text");
      DriftResult drifted = Integrity.drift(new DriftRequest(project, live, false, null, url), TestProjects.STDOUT);
      DriftResult stillDrifted = Integrity.drift(new DriftRequest(project, live, false, null, url), TestProjects.STDOUT);

      assertEquals(List.of(true, false, true, false),
          List.of(first.webhookPosted(), same.webhookPosted(), drifted.webhookPosted(), stillDrifted.webhookPosted()));
      assertEquals(2, bodies.size());
      assertTrue(bodies.get(0).startsWith("{\"text\":\"integrity drift PASSED"), bodies.get(0));
      assertTrue(bodies.get(1).contains("\"content\":\"integrity drift FAILED (was passed)"), bodies.get(1));
      assertTrue(bodies.get(1).contains("previous " + first.liveHash()), bodies.get(1));
      assertEquals(first.liveHash(), drifted.previousHash());
      for (DriftResult result : List.of(first, same, drifted, stillDrifted)) {
        assertFalse(String.join("\n", result.summary()).contains("s3cr3t-token"));
      }
      List<String> history = Files.readAllLines(out.resolve("drift-history.tsv"));
      assertEquals(5, history.size());
      assertEquals(History.HEADER, history.get(0));
      assertTrue(history.get(3).contains("\tfailed\t" + drifted.liveHash() + "\t0\t0\t0\t1"), history.get(3));
    } finally {
      hook.stop(0);
    }
  }

  @Test
  void emailIsSentOncePerChangeOfVerdictOrHashAndThePasswordAppearsInNoOutput(@TempDir Path out) throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("drift@example.com", "alerts", MAIL_PASSWORD));
    smtp.start();
    try {
      EmailAlert email = new EmailAlert("127.0.0.1", smtp.getSmtp().getPort(), false, "drift@example.com",
          List.of("dba@example.com", "oncall@example.com"), "alerts", MAIL_PASSWORD);
      List<String> logged = new CopyOnWriteArrayList<>();
      Log log = collecting(logged);
      VerifyRequest project = snapshotProject(out);
      Database live = production("fixtures/ledger/changelog.xml");

      DriftResult first = Integrity.drift(new DriftRequest(project, live, false, null, null, email), log);
      DriftResult same = Integrity.drift(new DriftRequest(project, live, false, null, null, email), log);
      server.psql(live.name(), "ALTER TABLE account ADD COLUMN legacy_note text");
      DriftResult drifted = Integrity.drift(new DriftRequest(project, live, false, null, null, email), log);

      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(4, received.length, "two runs that changed the state, two recipients each");
      List<String> subjects = new java.util.ArrayList<>();
      List<String> bodies = new java.util.ArrayList<>();
      for (MimeMessage message : received) {
        subjects.add(message.getSubject().replaceAll(" for .*", ""));
        bodies.add(GreenMailUtil.getBody(message));
        assertEquals("drift@example.com", message.getFrom()[0].toString());
      }
      assertEquals(List.of("integrity drift FAILED", "integrity drift FAILED", "integrity drift PASSED", "integrity drift PASSED"),
          subjects.stream().sorted().toList());
      assertTrue(bodies.stream().anyMatch(body -> body.contains("integrity drift FAILED (was passed)")
          && body.contains("previous " + first.liveHash())), bodies.toString());
      assertTrue(first.summary().contains("E-mail: sent the summary to dba@example.com, oncall@example.com through " + email.server()),
          first.summary().toString());
      assertTrue(same.summary().stream().noneMatch(line -> line.startsWith("E-mail:")), same.summary().toString());
      assertTrue(drifted.failed());
      assertPasswordAbsent(out, logged, List.of(first, same, drifted), received);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aWrongLoginAnUnreachableServerOrNoStartTlsIsOneWarningNamingTheParameterAndNeverTheVerdict(@TempDir Path out) throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("drift@example.com", "alerts", "the-right-one"));
    smtp.start();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try {
      Database live = production("fixtures/ledger/changelog.xml");
      List<String> logged = new CopyOnWriteArrayList<>();
      List<DriftResult> results = new java.util.ArrayList<>();
      int port = smtp.getSmtp().getPort();
      List<EmailAlert> alerts = List.of(
          new EmailAlert("127.0.0.1", port, false, "drift@example.com", List.of("dba@example.com"), "alerts", MAIL_PASSWORD),
          new EmailAlert("127.0.0.1", closedPort, false, "drift@example.com", List.of("dba@example.com"), "alerts", MAIL_PASSWORD),
          new EmailAlert("127.0.0.1", port, true, "drift@example.com", List.of("dba@example.com"), "alerts", MAIL_PASSWORD));
      for (int i = 0; i < alerts.size(); i++) {
        Path run = out.resolve("run" + i);
        results.add(Integrity.drift(new DriftRequest(snapshotProject(run), live, false, null, null, alerts.get(i)), collecting(logged)));
      }

      assertEquals(0, smtp.getReceivedMessages().length);
      assertEquals(3, logged.stream().filter(line -> line.startsWith("WARN E-mail: could not send the summary through 127.0.0.1:")).count(),
          logged.toString());
      assertTrue(logged.stream().anyMatch(line -> line.contains("refused the login of alerts: check <emailUsername>")), logged.toString());
      assertTrue(logged.stream().anyMatch(line -> line.contains(closedPort + ": nothing answers there")
          && line.endsWith("check <emailHost> and <emailPort>")), logged.toString());
      assertTrue(logged.stream().anyMatch(line -> line.contains("does not offer STARTTLS") && line.contains("<emailStartTls>")), logged.toString());
      for (DriftResult result : results) {
        assertFalse(result.failed(), result.summary().toString());
      }
      assertPasswordAbsent(out, logged, results, new MimeMessage[0]);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void anEmailAlertWithoutRecipientsOrWithABadAddressNamesTheParameter() {
    IntegrityException none = assertThrows(IntegrityException.class,
        () -> new EmailAlert("smtp.example.com", 587, true, "drift@example.com", List.of(), null, null));
    assertTrue(none.getMessage().startsWith("<emailTo> is empty"), none.getMessage());
    IntegrityException bad = assertThrows(IntegrityException.class,
        () -> new EmailAlert("smtp.example.com", 587, true, "not an address", List.of("dba@example.com"), null, null));
    assertTrue(bad.getMessage().startsWith("<emailFrom> 'not an address' is not an e-mail address"), bad.getMessage());
    IntegrityException noPassword = assertThrows(IntegrityException.class,
        () -> new EmailAlert("smtp.example.com", 587, true, "drift@example.com", List.of("dba@example.com"), "alerts", null));
    assertTrue(noPassword.getMessage().contains("<emailPasswordEnv>"), noPassword.getMessage());
    assertFalse(new EmailAlert("smtp.example.com", 587, true, "drift@example.com", List.of("dba@example.com"), "alerts", MAIL_PASSWORD)
        .toString().contains(MAIL_PASSWORD));
  }

  @Test
  void writesTheReportFormatsAskedForAndPointsCiAtTheChangelog(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), "ALTER TABLE account ADD COLUMN legacy_note text");
    VerifyRequest project = project("fixtures/ledger/changelog.xml", out).formats(ReportFormat.parse("sarif,gitlab,html")).build();

    DriftResult result = Integrity.drift(new DriftRequest(project, live, false, Duration.ofSeconds(30), null), TestProjects.STDOUT);

    assertTrue(result.failed());
    assertNull(result.report());
    assertFalse(Files.exists(out.resolve("report.json")));
    String sarif = Files.readString(out.resolve("integrity.sarif"));
    assertTrue(sarif.contains("EXTRA_COLUMN") && sarif.contains("changelog.xml"), sarif);
    String gitlab = Files.readString(out.resolve("gl-code-quality-report.json"));
    assertTrue(gitlab.contains("in the live database but not in the migrations"), gitlab);
    assertTrue(Files.readString(out.resolve("report.html")).contains("legacy_note"));
    assertTrue(result.summary().contains("Reports: " + out.resolve("integrity.sarif") + ", " + out.resolve("gl-code-quality-report.json")
        + ", " + out.resolve("report.html")), String.join("\n", result.summary()));
    assertTrue(result.summary().contains("Live schema sha256: " + result.liveHash()));
  }

  /** What verify's lenient comparison lets pass and drift must not: each a live change the migrations do not make. */
  private static final String LENIENT_ONLY_DRIFT = "ALTER TABLE account DROP CONSTRAINT account_status_check;"
      + " ALTER TABLE account ALTER COLUMN status SET DEFAULT 'OPEN';"
      + " CREATE INDEX ix_entry_account ON entry (account_id);"
      + " ALTER TABLE entry DROP CONSTRAINT fk_entry_account;"
      + " ALTER TABLE entry ADD CONSTRAINT fk_entry_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE";
  private static final List<String> LENIENT_ONLY_DIFFERENCES = List.of(
      "DEFAULT_MISMATCH account.status", "EXTRA_INDEX entry", "FOREIGN_KEY_MISMATCH entry", "MISSING_CHECK account");

  @Test
  void driftAgainstTheMigrationsComparesExactly(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), LENIENT_ONLY_DRIFT);

    DriftResult result = Integrity.drift(request("fixtures/ledger/changelog.xml", out, live, false, null), TestProjects.STDOUT);

    assertEquals(LENIENT_ONLY_DIFFERENCES, result.differences().stream().map(DriftTest::describe).sorted().toList());
    assertTrue(result.failed());
  }

  @Test
  void driftAgainstASnapshotComparesExactlySoTheLiveHashAndTheVerdictAgree(@TempDir Path out) throws Exception {
    Path file = out.resolve("schema-snapshot.json");
    VerifyRequest project = project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build();
    SnapshotResult snapshot = Integrity.snapshot(project, TestProjects.STDOUT);
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), LENIENT_ONLY_DRIFT);

    DriftResult result = Integrity.drift(new DriftRequest(project, live, false, null, null), TestProjects.STDOUT);

    assertEquals(LENIENT_ONLY_DIFFERENCES, result.differences().stream().map(DriftTest::describe).sorted().toList());
    assertFalse(snapshot.sha256().equals(result.liveHash()));
    assertTrue(result.failed());
    assertTrue(kind(result, DifferenceKind.EXTRA_INDEX).message().endsWith("is in the live database but not in the snapshot"),
        kind(result, DifferenceKind.EXTRA_INDEX).message());
  }

  @Test
  void aDriftReportInEveryFormatNamesTheLiveDatabaseAndTheMigrationsNeverTheModel(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), LENIENT_ONLY_DRIFT + "; ALTER TABLE account ADD COLUMN legacy_note text NOT NULL DEFAULT ''");
    VerifyRequest project = project("fixtures/ledger/changelog.xml", out).formats(ReportFormat.parse("console,json,junit,sarif,gitlab,html")).build();

    DriftResult result = Integrity.drift(new DriftRequest(project, live, false, null, null), TestProjects.STDOUT);

    java.util.regex.Pattern modelWords = java.util.regex.Pattern.compile(
        "(?i)migrated database|entity model|the model\\b|>model<|\\| model \\||\\bmodel:|\\bdatabase:");
    List<String> texts = new java.util.ArrayList<>(List.of(String.join("\n", result.summary())));
    for (String file : List.of("report.json", "TEST-integrity.xml", "integrity.sarif", "gl-code-quality-report.json", "report.html")) {
      texts.add(Files.readString(out.resolve(file)));
    }
    for (String text : texts) {
      assertFalse(modelWords.matcher(text).find(), text);
      assertTrue(text.contains("live database") || text.contains("live"), text);
    }
    assertTrue(String.join("\n", result.summary()).contains("differences between the migrations and the live database"),
        String.join("\n", result.summary()));
  }

  @Test
  void theBaselinesDriftEntriesAcceptKnownDriftAndAreStaleOnceItIsFixedWhileVerifysEntriesPlayNoPart(@TempDir Path out) throws Exception {
    Database live = production("fixtures/ledger/changelog.xml");
    server.psql(live.name(), "ALTER TABLE account ADD COLUMN legacy_note text");
    Path file = out.resolve("integrity-baseline.json");
    String verifyEntry = "{\"kind\": \"TYPE_MISMATCH\", \"schema\": \"public\", \"table\": \"account\", \"column\": \"code\","
        + " \"model\": \"character varying(255)\", \"database\": \"character varying(40)\"}";
    Files.writeString(file, "{\"format\": \"integrity-baseline/1\", \"differences\": [" + verifyEntry + "]}");
    DriftRequest request = new DriftRequest(project("fixtures/ledger/changelog.xml", out).baselineFile(file).build(), live, false,
        Duration.ofSeconds(30), null);

    assertTrue(Integrity.drift(request, TestProjects.STDOUT).failed());
    assertEquals(1, Integrity.driftBaseline(request, TestProjects.STDOUT).entries());
    String written = Files.readString(file);
    assertTrue(written.contains("\"drift\" : [") && written.contains("\"column\" : \"legacy_note\"") && written.contains("\"column\" : \"code\""), written);

    DriftResult accepted = Integrity.drift(request, TestProjects.STDOUT);
    assertFalse(accepted.failed(), accepted.summary().toString());
    assertEquals(List.of(), accepted.differences());
    assertEquals(List.of("EXTRA_COLUMN account.legacy_note"), accepted.baseline().baselined().stream().map(DriftTest::describe).toList());
    assertTrue(Files.readString(out.resolve("report.json")).contains("\"baselined\" : true"));

    server.psql(live.name(), "ALTER TABLE account DROP COLUMN legacy_note");
    DriftResult fixed = Integrity.drift(request, TestProjects.STDOUT);
    assertTrue(fixed.failed());
    assertEquals(List.of(), fixed.failing());
    assertTrue(fixed.summary().contains("Stale baseline: 1 entry of the baseline " + file + " (drift) no longer occurs:"
        + " run `mvn integrity:drift -Dintegrity.writeBaseline=true` to rewrite it without them and commit the file:"), fixed.summary().toString());
    assertTrue(fixed.summary().contains("  EXTRA_COLUMN public.account.legacy_note (model (absent), database text)"), fixed.summary().toString());
  }

  private static final String MAIL_PASSWORD = "Sm7p-pa55word";

  /** The ledger project with its snapshot written to {@code out}: drift then needs no disposable database. */
  private static VerifyRequest snapshotProject(Path out) {
    Path file = out.resolve("schema-snapshot.json");
    Integrity.snapshot(project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build(), TestProjects.STDOUT);
    return project("fixtures/ledger/changelog.xml", out).snapshotFile(file).build();
  }

  private static Log collecting(List<String> lines) {
    return new Log() {
      @Override
      public void info(String message) {
        lines.add("INFO " + message);
      }

      @Override
      public void warn(String message) {
        lines.add("WARN " + message);
      }
    };
  }

  /** Not in the log, the results' summaries, any file written under {@code out} (reports, history) or the messages. */
  private static void assertPasswordAbsent(Path out, List<String> logged, List<DriftResult> results, MimeMessage[] messages) throws Exception {
    assertFalse(String.join("\n", logged).contains(MAIL_PASSWORD));
    for (DriftResult result : results) {
      assertFalse(String.join("\n", result.summary()).contains(MAIL_PASSWORD));
    }
    List<Path> files;
    try (var walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("drift-history.tsv")), files.toString());
    for (Path file : files) {
      assertFalse(Files.readString(file).contains(MAIL_PASSWORD), file.toString());
    }
    for (MimeMessage message : messages) {
      assertFalse(GreenMailUtil.getWholeMessage(message).contains(MAIL_PASSWORD));
    }
  }

  private static DriftRequest request(String changeLog, Path out, Database live, boolean checkData, String webhook) {
    return new DriftRequest(project(changeLog, out).build(), live, checkData, Duration.ofSeconds(30), webhook);
  }

  private static VerifyRequest.Builder project(String changeLog, Path out) {
    return TestProjects.request(LEDGER, changeLog, out).database(Providers.settings("embedded"));
  }

  /** A fresh database on the plain server with the changelog applied the way the application applies it. */
  private static Database production(String changeLog) throws Exception {
    String name = "prod_" + (++databases);
    server.psql("postgres", "CREATE DATABASE " + name);
    Database database = new Database(server.url(name), LocalPostgres.ADMIN, LocalPostgres.ADMIN_PASSWORD, name);
    try (Connection connection = database.connect()) {
      new LiquibaseMigrator(List.of(Path.of("src/test/resources")), DriftTest.class.getClassLoader())
          .update(Path.of("src/test/resources").resolve(changeLog), connection);
    }
    return database;
  }

  private static Difference kind(DriftResult result, DifferenceKind kind) {
    return result.differences().stream().filter(d -> d.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + result.differences()));
  }

  private static String describe(Difference d) {
    return d.kind() + " " + d.table() + (d.column() == null ? "" : "." + d.column());
  }
}
