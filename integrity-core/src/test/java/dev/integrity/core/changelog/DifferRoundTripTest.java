package dev.integrity.core.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.Providers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip property, in the style of migra's fixtures: for each {@code fixtures/roundtrip/<case>},
 * database A gets {@code a.sql} (the migrated database), database B gets {@code b.sql} (the model); the
 * fix written for their differences, in each format, with and without the lock-safe forms, applied to A by
 * Liquibase (and as a Flyway migration by Flyway), leaves no difference.
 * {@code kinds.txt} names the kinds the case must produce, so that a case cannot pass by finding nothing;
 * {@code policy.txt}, when present, names the {@link ComparePolicy} of the case (verify's by default), for the
 * kinds that only an exact comparison reports (an index the model does not declare).
 */
class DifferRoundTripTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/roundtrip");
  private static final CatalogReader READER = new CatalogReader(List.of("public"));
  /** Kinds the differ does not emit: a changed check is reported as MISSING_CHECK plus EXTRA_CHECK (case check_mismatch). */

  /**
   * Cases whose fix is also rolled back, leaving the migrated database, and in which formats: drops and type changes of
   * columns whose type PostgreSQL prints quoted, whose rollback must re-create the column with its exact type; the
   * lock-safe forms' multi-changeSet rollbacks (formatted SQL holds only the rollbacks written out, not those Liquibase
   * derives for its own change types, such as the plain foreign key of the new table there).
   */
  private static final Map<String, Set<ChangeLogFormat>> ROLLED_BACK_CASES = Map.of(
      "quoted_type_dropped", EnumSet.allOf(ChangeLogFormat.class),
      "lock_safe_populated_tables", EnumSet.complementOf(EnumSet.of(ChangeLogFormat.SQL)));

  private static DatabaseServer server;
  private static final Map<String, Schema> MODELS = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  static Stream<Arguments> casesInEveryFormat() throws IOException {
    return cases().stream().flatMap(c -> Stream.of(ChangeLogFormat.values())
        .flatMap(f -> Stream.of(LockSafeFix.ON, LockSafeFix.OFF).map(l -> Arguments.of(c, f, l))));
  }

  static Stream<Arguments> casesInEveryForm() throws IOException {
    return cases().stream().flatMap(c -> Stream.of(LockSafeFix.ON, LockSafeFix.OFF).map(l -> Arguments.of(c, l)));
  }

  @ParameterizedTest(name = "{0} {1} lockSafeFix={2}")
  @MethodSource("casesInEveryFormat")
  void theFixAppliedToTheMigratedDatabaseLeavesNoDifference(String name, ChangeLogFormat format, LockSafeFix lockSafe, @TempDir Path out)
      throws Exception {
    Schema model = MODELS.computeIfAbsent(name, DifferRoundTripTest::model);
    Database migrated = server.createDatabase("roundtrip_a");
    try {
      execute(migrated, FIXTURES.resolve(name).resolve("a.sql"));
      Schema before = read(migrated);
      ComparePolicy policy = policy(name);
      List<Difference> differences = differences(name, model, before, policy);

      ChangelogWriter.write(differences, out, format, "integrity", BackupBeforeDrop.OFF, lockSafe);
      Path changeLog = out.resolve(format.fileName());
      LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(out), getClass().getClassLoader());
      try (Connection connection = migrated.connect()) {
        migrator.update(changeLog, connection);
      }
      assertEquals(List.of(), described(Differ.diff(model, read(migrated), Origins.none(), policy)),
          "differences left after applying\n" + Files.readString(changeLog));

      if (ROLLED_BACK_CASES.getOrDefault(name, Set.of()).contains(format)) {
        assertFalse(Files.readString(changeLog).contains("integrity_quoted_type_"), "a placeholder type left in\n" + Files.readString(changeLog));
        try (Connection connection = migrated.connect()) {
          migrator.rollbackCount(changeLog, connection, migrator.parse(changeLog).getChangeSets().size());
        }
        assertEquals(List.of(), described(Differ.diff(before, read(migrated), Origins.none(), policy)),
            "differences from the migrated database after rolling the fix back\n" + Files.readString(changeLog));
      }
    } finally {
      server.dropDatabase(migrated);
    }
  }

  /**
   * Flyway runs the whole fix as one migration: in one transaction, or statement by statement when its script configuration
   * says so; with the lock-safe forms Flyway can run (see {@link LockSafeFix#forFlyway()}).
   */
  @ParameterizedTest(name = "{0} lockSafeFix={1}")
  @MethodSource("casesInEveryForm")
  void theFixAsAFlywayMigrationLeavesNoDifference(String name, LockSafeFix lockSafe, @TempDir Path out) throws Exception {
    Schema model = MODELS.computeIfAbsent(name, DifferRoundTripTest::model);
    Database migrated = server.createDatabase("roundtrip_a");
    try {
      execute(migrated, FIXTURES.resolve(name).resolve("a.sql"));
      ComparePolicy policy = policy(name);
      List<Difference> differences = differences(name, model, read(migrated), policy);

      Path migration = FlywayFixWriter.write(ChangelogWriter.changeSets(differences, "integrity", "flyway", BackupBeforeDrop.OFF, lockSafe.forFlyway()),
          out, "V", "2");
      Flyway.configure().dataSource(migrated.dataSource()).locations("filesystem:" + out).baselineOnMigrate(true).baselineVersion("1")
          .load().migrate();
      assertEquals(List.of(), described(Differ.diff(model, read(migrated), Origins.none(), policy)),
          "differences left after applying\n" + Files.readString(migration));
    } finally {
      server.dropDatabase(migrated);
    }
  }

  private static List<Difference> differences(String name, Schema model, Schema migrated, ComparePolicy policy) {
    List<Difference> differences = Differ.diff(model, migrated, Origins.none(), policy);
    assertEquals(expectedKinds(name), differences.stream().map(d -> d.kind().name()).collect(Collectors.toCollection(TreeSet::new)),
        "the kinds case " + name + " produces");
    return differences;
  }

  private static List<String> described(List<Difference> differences) {
    return differences.stream().map(d -> d.kind() + " " + d.table() + ": " + d.message()).toList();
  }

  @Test
  void everyDifferenceKindHasACase() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (String name : cases()) {
      covered.addAll(expectedKinds(name));
    }
    Set<String> all = EnumSet.allOf(DifferenceKind.class).stream().filter(kind -> !kind.liveOnly()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, covered);
  }

  private static ComparePolicy policy(String name) {
    Path file = FIXTURES.resolve(name).resolve("policy.txt");
    try {
      return !Files.exists(file) ? ComparePolicy.MODEL_VS_MIGRATIONS
          : switch (Files.readString(file).trim()) {
            case "EXACT" -> ComparePolicy.EXACT;
            case "MODEL_VS_MIGRATIONS" -> ComparePolicy.MODEL_VS_MIGRATIONS;
            default -> throw new IllegalArgumentException(file + ": unknown policy " + Files.readString(file).trim());
          };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> expectedKinds(String name) {
    try {
      return Files.readAllLines(FIXTURES.resolve(name).resolve("kinds.txt")).stream().map(String::trim).filter(l -> !l.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new IllegalStateException("case " + name + " lacks kinds.txt", e);
    }
  }

  private static Schema model(String name) {
    Database database = server.createDatabase("roundtrip_b");
    try {
      execute(database, FIXTURES.resolve(name).resolve("b.sql"));
      return read(database);
    } finally {
      server.dropDatabase(database);
    }
  }

  private static void execute(Database database, Path script) {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute(Files.readString(script));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
    }
  }

  private static Schema read(Database database) {
    try (Connection connection = database.connect()) {
      return READER.read(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
