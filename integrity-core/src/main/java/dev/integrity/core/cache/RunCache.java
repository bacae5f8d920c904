package dev.integrity.core.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The two caches of a run, under {@code <outputDirectory>/.cache}: the passing verdict of the last run (its console
 * lines and lint findings, so that a reused verdict prints what the run printed), reused
 * while no input changed, and the migrated schema, reused while the migrations did not change. Only clean
 * passing verdicts (no difference at all, none baselined either) are cached: a wrong cached verdict is worse than a slow one, and a
 * failing build is re-run by someone about to change something anyway. A damaged cache entry is a miss.
 */
public final class RunCache {

  public static final String DIRECTORY = ".cache";
  private static final String VERDICT = "verdict.json";
  private static final String MIGRATED = "migrated-schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

  private final Path directory;
  private final Path outputDirectory;
  private final CacheKeys keys;
  private final Log log;
  private final long keyMillis;

  private RunCache(Path outputDirectory, CacheKeys keys, Log log, long keyMillis) {
    this.outputDirectory = outputDirectory;
    this.directory = outputDirectory.resolve(DIRECTORY);
    this.keys = keys;
    this.log = log;
    this.keyMillis = keyMillis;
  }

  /** The caches of this request; an inert one when {@code request.cache()} is false. */
  public static RunCache open(VerifyRequest request, Path changeLog, Log log) {
    if (!request.cache()) {
      return new RunCache(request.outputDirectory(), null, log, 0);
    }
    long start = System.nanoTime();
    CacheKeys keys = CacheKeys.of(request, changeLog, request.outputDirectory().resolve(DIRECTORY));
    return new RunCache(request.outputDirectory(), keys, log, (System.nanoTime() - start) / 1_000_000);
  }

  /** The last run's verdict when every input and every report it wrote are unchanged. */
  public Optional<VerifyResult> verdict() {
    Optional<JsonNode> entry = entry(VERDICT, keys == null ? null : keys.verdict());
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node = entry.get();
    Map<String, String> files = new TreeMap<>();
    node.get("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
    if (!files.equals(outputs()) || !node.path("findings").isArray()) {
      return Optional.empty();
    }
    List<String> summary = new ArrayList<>();
    node.get("summary").forEach(line -> summary.add(line.asText()));
    summary.add("Verdict reused: no input changed since the last passing run (inputs checked in " + keyMillis
        + " ms; -Dintegrity.cache=false runs everything again)");
    List<Finding> findings;
    try {
      findings = JSON.convertValue(node.get("findings"), FINDINGS);
    } catch (IllegalArgumentException e) {
      log.warn("integrity: ignoring the damaged cache file " + directory.resolve(VERDICT) + ": " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(new VerifyResult(List.of(), List.of(), outputDirectory.resolve(node.get("report").asText()), null, 0, summary,
        findings, List.of(), null, null));
  }

  public void storeVerdict(VerifyResult result) {
    if (keys == null || result.failed() || !result.baseline().all().isEmpty() || result.report() == null) {
      delete(VERDICT);
      return;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("key", keys.verdict());
    node.put("report", outputDirectory.relativize(result.report()).toString());
    node.putPOJO("summary", result.summary());
    node.putPOJO("findings", result.findings());
    node.putPOJO("files", outputs());
    store(VERDICT, node);
  }

  /** The schema of the migrated database from an earlier run with the same migrations. */
  public Optional<Schema> migratedSchema() {
    Optional<JsonNode> entry = entry(MIGRATED, keys == null ? null : keys.migration());
    try {
      return entry.isEmpty() ? Optional.empty() : Optional.of(SchemaJson.read(JSON.writeValueAsBytes(entry.get().get("schema"))));
    } catch (IOException | RuntimeException e) {
      log.warn("integrity: ignoring the cached migrated schema (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  public void storeMigratedSchema(Schema schema) {
    if (keys == null) {
      return;
    }
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("key", keys.migration());
      node.set("schema", JSON.readTree(SchemaJson.write(schema)));
      store(MIGRATED, node);
    } catch (IOException e) {
      log.warn("integrity: cannot cache the migrated schema: " + e.getMessage());
    }
  }

  private Optional<JsonNode> entry(String name, String key) {
    Path file = directory.resolve(name);
    if (key == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return key.equals(node.path("key").asText()) ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      log.warn("integrity: ignoring the damaged cache file " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Every file the run left in the output directory (reports, fix), by content. */
  private Map<String, String> outputs() {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(outputDirectory)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(outputDirectory)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(directory)).toList()) {
        files.put(outputDirectory.relativize(file).toString().replace('\\', '/'), Fingerprint.sha256(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      files.put("unreadable", e.getMessage());
    }
    return files;
  }

  private void store(String name, JsonNode node) {
    try {
      AtomicFile.write(directory.resolve(name), JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      log.warn("integrity: cannot write the cache file " + directory.resolve(name) + ": " + e.getMessage());
    }
  }

  private void delete(String name) {
    try {
      Files.deleteIfExists(directory.resolve(name));
    } catch (IOException e) {
      log.warn("integrity: cannot remove the cache file " + directory.resolve(name) + ": " + e.getMessage());
    }
  }
}
