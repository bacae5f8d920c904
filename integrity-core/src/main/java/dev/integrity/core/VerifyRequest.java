package dev.integrity.core;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.ModelRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One run of the pipeline. {@code changeLogFile} null means: detect it under {@code baseDir}; {@code
 * changeLogSearchRoots} are where the changelog's includes resolve (the project's resource directories);
 * {@code schemas} are compared in addition to the ones the model uses; {@code failOn} is a severity name
 * or {@code none}; {@code snapshotFile} is the schema snapshot checked when it exists (null: none). Built with {@link #builder()}, so that a new setting is one more builder method.
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
    Path snapshotFile) {

  public VerifyRequest {
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    changeLogSearchRoots = List.copyOf(changeLogSearchRoots);
    schemas = List.copyOf(schemas);
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
    private Path snapshotFile;

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
    public Builder snapshotFile(Path value) { snapshotFile = value; return this; }

    public VerifyRequest build() {
      return new VerifyRequest(baseDir, changeLogFile, changeLogSearchRoots, model, database, schemas, failOn,
          outputDirectory, changeLogFormat, changeSetAuthor, snapshotFile);
    }
  }
}
