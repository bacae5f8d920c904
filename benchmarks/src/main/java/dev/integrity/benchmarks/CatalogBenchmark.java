package dev.integrity.benchmarks;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalog read of two databases of N tables (the migrated and the model side, same structure, different
 * constraint and index names, as Liquibase and Hibernate name them) and their diff, on the embedded server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogBenchmark {

  @Param({"10", "100", "1000"})
  public int tables;

  private DatabaseServer server;
  private Database migrated;
  private Database model;
  private final CatalogReader reader = new CatalogReader(List.of("public", "sales"));

  @Setup(Level.Trial)
  public void databases() throws SQLException {
    server = DatabaseProviders.start(new DatabaseSettings("embedded", DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(120), null, null, null));
    migrated = server.createDatabase("bench_migrated");
    model = server.createDatabase("bench_model");
    execute(migrated, CatalogDdl.ddl(tables, "lb"));
    execute(model, CatalogDdl.ddl(tables, "hb"));
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  @Benchmark
  public List<Difference> readBothAndDiff() throws SQLException {
    Schema a;
    Schema b;
    try (Connection connection = migrated.connect()) {
      a = reader.read(connection);
    }
    try (Connection connection = model.connect()) {
      b = reader.read(connection);
    }
    List<Difference> differences = Differ.diff(b, a, Origins.none(), ComparePolicy.verify(false));
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the two synthetic databases should be equal: " + differences.get(0).message());
    }
    return differences;
  }

  private static void execute(Database database, String sql) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
