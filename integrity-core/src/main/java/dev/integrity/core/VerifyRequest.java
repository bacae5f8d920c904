package dev.integrity.core;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the pipeline. {@code changeLogFile} null means: detect it under {@code baseDir}; {@code
 * changeLogSearchRoots} are where the changelog's includes resolve (the project's resource directories);
 * {@code schemas} are compared in addition to the ones the model uses; {@code failOn} is a severity name
 * or {@code none}; {@code ignores} are the ignore rules' texts (see {@code diff.IgnoreRule}); {@code cache} reuses a passing verdict and the migrated schema while their inputs are unchanged; {@code contexts} and {@code labels} null mean: as the application applies them (see {@code migrate.LiquibaseOptions}); {@code snapshotFile} is the schema snapshot checked when it exists (null: none); {@code baselineFile} holds the accepted differences when it exists (null: none, see {@code baseline.Baseline}). Built with {@link #builder()}, so that a new setting is one more builder method.
 */
public record VerifyRequest(
    Path baseDir,
    Path changeLogFile,
    List<Path> changeLogSearchRoots,
    ModelRequest model,
    DatabaseSettings database,
    List<String> schemas,
    String failOn,
    Path outputDirectory,
    ChangeLogFormat changeLogFormat,
    String changeSetAuthor,
    List<Path> sourceRoots,
    String formats,
    List<String> ignores,
    boolean rollbackTest,
    String lints,
    String failOnLints,
    boolean backupBeforeDrop,
    String migrations,
    List<String> flywayLocations,
    boolean cache,
    String contexts,
    String labels,
    Map<String, String> changeLogParameters,
    Path snapshotFile,
    Path baselineFile) {

  public VerifyRequest {
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    changeLogSearchRoots = List.copyOf(changeLogSearchRoots);
    schemas = List.copyOf(schemas);
    sourceRoots = List.copyOf(sourceRoots);
    ignores = List.copyOf(ignores);
    flywayLocations = List.copyOf(flywayLocations);
    changeLogParameters = Map.copyOf(changeLogParameters);
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
    private String failOn = "low";
    private Path outputDirectory;
    private ChangeLogFormat changeLogFormat = ChangeLogFormat.XML;
    private String changeSetAuthor = "integrity";
    private List<Path> sourceRoots = List.of();
    private String formats = ReportFormat.DEFAULT;
    private List<String> ignores = List.of();
    private boolean rollbackTest;
    private String lints = "all";
    private String failOnLints = "none";
    private boolean backupBeforeDrop = true;
    private String migrations = "auto";
    private List<String> flywayLocations = List.of("classpath:db/migration");
    private boolean cache = true;
    private String contexts;
    private String labels;
    private Map<String, String> changeLogParameters = Map.of();
    private Path snapshotFile;
    private Path baselineFile;

    private Builder() {}

    public Builder baseDir(Path value) { baseDir = value; return this; }
    public Builder changeLogFile(Path value) { changeLogFile = value; return this; }
    public Builder changeLogSearchRoots(List<Path> value) { changeLogSearchRoots = value; return this; }
    public Builder model(ModelRequest value) { model = value; return this; }
    public Builder database(DatabaseSettings value) { database = value; return this; }
    public Builder schemas(List<String> value) { schemas = value; return this; }
    public Builder failOn(String value) { failOn = value; return this; }
    public Builder outputDirectory(Path value) { outputDirectory = value; return this; }
    public Builder changeLogFormat(ChangeLogFormat value) { changeLogFormat = value; return this; }
    public Builder changeSetAuthor(String value) { changeSetAuthor = value; return this; }
    public Builder sourceRoots(List<Path> value) { sourceRoots = value; return this; }
    public Builder formats(String value) { formats = value; return this; }
    public Builder ignores(List<String> value) { ignores = value; return this; }
    public Builder contexts(String value) { contexts = value; return this; }
    public Builder labels(String value) { labels = value; return this; }
    public Builder changeLogParameters(Map<String, String> value) { changeLogParameters = value; return this; }

    public Builder rollbackTest(boolean value) { rollbackTest = value; return this; }
    public Builder lints(String value) { lints = value; return this; }
    public Builder failOnLints(String value) { failOnLints = value; return this; }
    public Builder backupBeforeDrop(boolean value) { backupBeforeDrop = value; return this; }
    public Builder migrations(String value) { migrations = value; return this; }
    public Builder flywayLocations(List<String> value) { flywayLocations = value; return this; }
    public Builder cache(boolean value) { cache = value; return this; }
    public Builder snapshotFile(Path value) { snapshotFile = value; return this; }
    public Builder baselineFile(Path value) { baselineFile = value; return this; }

    public VerifyRequest build() {
      return new VerifyRequest(baseDir, changeLogFile, changeLogSearchRoots, model, database, schemas, failOn,
          outputDirectory, changeLogFormat, changeSetAuthor, sourceRoots, formats, ignores,
          rollbackTest, lints, failOnLints, backupBeforeDrop, migrations, flywayLocations, cache,
          contexts, labels, changeLogParameters, snapshotFile, baselineFile);
    }
  }
}
