package dev.integrity.core;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.model.ModelRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of the pipeline. {@code changeLogFile} null means: detect it under {@code baseDir}; {@code
 * changeLogSearchRoots} are where the changelog's includes resolve (the project's resource directories);
 * {@code schemas} are compared in addition to the ones the model uses; {@code failOn} is a severity name
 * or {@code none}.
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
    String changeSetAuthor) {

  public VerifyRequest {
    changeLogSearchRoots = List.copyOf(changeLogSearchRoots);
    schemas = List.copyOf(schemas);
  }
}
