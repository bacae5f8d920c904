package dev.integrity.core.api;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.changelog.LockSafeFix;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.migrate.FlywaySettings;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Verdict;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One run of the pipeline. {@code changeLogFile} null means: detect it under {@code baseDir}; {@code
 * changeLogSearchRoots} are where the changelog's includes resolve (the project's resource directories);
 * {@code schemas} are compared in addition to the ones the model uses; {@code failOn} is the lowest severity that fails the run
 * (or none); {@code ignores} are the ignore rules' texts (see {@code diff.IgnoreRule}); {@code cache} reuses a passing verdict and the migrated schema while their inputs are unchanged; {@code contexts} and {@code labels} null mean: as the application applies them (see {@code migrate.LiquibaseOptions}); {@code snapshotFile} is the schema snapshot checked when it exists (null: none); {@code strict} compares the model with the migrations exactly, without the lenient rules of docs/comparison.md; {@code lockSafeFix} says whether the fix takes PostgreSQL's lock-safe forms; {@code write} writes the fix into the project as its next migration (null: only into {@code outputDirectory}); {@code baselineFile} holds the accepted differences (null or absent: none); {@code cacheDirectory} holds the migrated databases kept between builds (see {@code cache.KeptMigrations}); {@code since} is the base for new changeSets (see {@code since.Since}; null: the default); {@code rehearse} runs the populated rehearsal with {@code rehearseRows} synthetic rows per table; {@code live} is a live database read (read only) for the size of the tables the lock and rewrite findings name (null: none). Built with {@link #builder()}, so that a new setting is one more builder method.
 */
public record VerifyRequest(
    Path baseDir,
    Path changeLogFile,
    List<Path> changeLogSearchRoots,
    ModelRequest model,
    DatabaseSettings database,
    List<String> schemas,
    Verdict failOn,
    Path outputDirectory,
    ChangeLogFormat changeLogFormat,
    String changeSetAuthor,
    List<Path> sourceRoots,
    Set<ReportFormat> formats,
    List<String> ignores,
    boolean rollbackTest,
    Set<LintRule> lints,
    Set<LintRule> failOnLints,
    boolean backupBeforeDrop,
    LockSafeFix lockSafeFix,
    Migrations migrations,
    List<String> flywayLocations,
    boolean cache,
    String contexts,
    String labels,
    Map<String, String> changeLogParameters,
    Path snapshotFile,
    boolean strict,
    WriteRequest write,
    Path baselineFile,
    Path cacheDirectory,
    String since,
    boolean rehearse,
    int rehearseRows,
    Database live) {

  /** The synthetic rows per table of the rehearsal unless {@code rehearseRows} says otherwise. */
  public static final int DEFAULT_REHEARSE_ROWS = 1000;

  public VerifyRequest {
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(lockSafeFix, "lockSafeFix");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    formats = ordered(formats, ReportFormat.class);
    lints = ordered(lints, LintRule.class);
    failOnLints = ordered(failOnLints, LintRule.class);
    changeLogSearchRoots = List.copyOf(changeLogSearchRoots);
    schemas = List.copyOf(schemas);
    sourceRoots = List.copyOf(sourceRoots);
    ignores = List.copyOf(ignores);
    flywayLocations = List.copyOf(flywayLocations);
    changeLogParameters = Map.copyOf(changeLogParameters);
  }

  /** The Flyway configuration: {@code flywayLocations} when given (empty: not given), else the application's (see {@link FlywaySettings#resolve}). */
  public FlywaySettings flyway() {
    return FlywaySettings.resolve(flywayLocations, model.entityRoots(), model.profiles());
  }

  /** This request with another {@code since}: a git ref resolved to its commit, so that a cached verdict is keyed on the commit. */
  public VerifyRequest withSince(String value) {
    return new VerifyRequest(baseDir, changeLogFile, changeLogSearchRoots, model, database, schemas, failOn, outputDirectory, changeLogFormat,
        changeSetAuthor, sourceRoots, formats, ignores, rollbackTest, lints, failOnLints, backupBeforeDrop, lockSafeFix, migrations,
        flywayLocations, cache, contexts, labels, changeLogParameters, snapshotFile, strict, write, baselineFile, cacheDirectory, value, rehearse,
        rehearseRows, live);
  }

  /** An unmodifiable copy in the enum's order, so that runs iterate it the same way every time. */
  private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Defaults are the contract's. */
  public static final class Builder {
    private Path baseDir;
    private Path changeLogFile;
    private List<Path> changeLogSearchRoots = List.of();
    private ModelRequest model;
    private DatabaseSettings database = DatabaseSettings.auto();
    private List<String> schemas = List.of("public");
    private Verdict failOn = Verdict.parse("low");
    private Path outputDirectory;
    private ChangeLogFormat changeLogFormat = ChangeLogFormat.XML;
    private String changeSetAuthor = "integrity";
    private List<Path> sourceRoots = List.of();
    private Set<ReportFormat> formats = ReportFormat.parse(ReportFormat.DEFAULT);
    private List<String> ignores = List.of();
    private boolean rollbackTest;
    private Set<LintRule> lints = EnumSet.allOf(LintRule.class);
    private Set<LintRule> failOnLints = EnumSet.noneOf(LintRule.class);
    private boolean backupBeforeDrop = true;
    private LockSafeFix lockSafeFix = LockSafeFix.ON;
    private Migrations migrations = Migrations.AUTO;
    private List<String> flywayLocations = List.of();
    private boolean cache = true;
    private String contexts;
    private String labels;
    private Map<String, String> changeLogParameters = Map.of();
    private Path snapshotFile;
    private boolean strict;
    private WriteRequest write;
    private Path baselineFile;
    private Path cacheDirectory = Path.of(System.getProperty("user.home"), ".cache", "integrity", "migrated");
    private String since;
    private boolean rehearse;
    private int rehearseRows = DEFAULT_REHEARSE_ROWS;
    private Database live;

    private Builder() {}

    public Builder baseDir(Path value) { baseDir = value; return this; }
    public Builder changeLogFile(Path value) { changeLogFile = value; return this; }
    public Builder changeLogSearchRoots(List<Path> value) { changeLogSearchRoots = value; return this; }
    public Builder model(ModelRequest value) { model = value; return this; }
    public Builder database(DatabaseSettings value) { database = value; return this; }
    public Builder schemas(List<String> value) { schemas = value; return this; }
    public Builder failOn(Verdict value) { failOn = value; return this; }
    public Builder outputDirectory(Path value) { outputDirectory = value; return this; }
    public Builder changeLogFormat(ChangeLogFormat value) { changeLogFormat = value; return this; }
    public Builder changeSetAuthor(String value) { changeSetAuthor = value; return this; }
    public Builder sourceRoots(List<Path> value) { sourceRoots = value; return this; }
    public Builder formats(Set<ReportFormat> value) { formats = value; return this; }
    public Builder ignores(List<String> value) { ignores = value; return this; }
    public Builder contexts(String value) { contexts = value; return this; }
    public Builder labels(String value) { labels = value; return this; }
    public Builder changeLogParameters(Map<String, String> value) { changeLogParameters = value; return this; }

    public Builder rollbackTest(boolean value) { rollbackTest = value; return this; }
    public Builder lints(Set<LintRule> value) { lints = value; return this; }
    public Builder failOnLints(Set<LintRule> value) { failOnLints = value; return this; }
    public Builder backupBeforeDrop(boolean value) { backupBeforeDrop = value; return this; }
    public Builder lockSafeFix(LockSafeFix value) { lockSafeFix = value; return this; }
    public Builder migrations(Migrations value) { migrations = value; return this; }
    public Builder flywayLocations(List<String> value) { flywayLocations = value; return this; }
    public Builder cache(boolean value) { cache = value; return this; }
    public Builder snapshotFile(Path value) { snapshotFile = value; return this; }
    public Builder strict(boolean value) { strict = value; return this; }
    public Builder write(WriteRequest value) { write = value; return this; }
    public Builder baselineFile(Path value) { baselineFile = value; return this; }
    public Builder cacheDirectory(Path value) { cacheDirectory = value; return this; }
    public Builder since(String value) { since = value; return this; }
    public Builder rehearse(boolean value) { rehearse = value; return this; }
    public Builder rehearseRows(int value) { rehearseRows = value; return this; }
    public Builder live(Database value) { live = value; return this; }

    public VerifyRequest build() {
      return new VerifyRequest(baseDir, changeLogFile, changeLogSearchRoots, model, database, schemas, failOn,
          outputDirectory, changeLogFormat, changeSetAuthor, sourceRoots, formats, ignores,
          rollbackTest, lints, failOnLints, backupBeforeDrop, lockSafeFix, migrations, flywayLocations, cache,
          contexts, labels, changeLogParameters, snapshotFile, strict, write, baselineFile, cacheDirectory,
          since, rehearse, rehearseRows, live);
    }
  }
}
