package dev.integrity.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.integrity.core.common.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A cache file of one entry: a JSON object whose {@code key} says which inputs it was written for. Read under another
 * key it is a miss; a file that cannot be read or mapped is damaged: removed, with one warning line, and a miss.
 */
record KeyedJsonFile(Path file, Log log) {

  interface Mapping<T> {
    T from(JsonNode node) throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The entry written for {@code key}, mapped by {@code mapping}. */
  <T> Optional<T> read(String key, Mapping<T> mapping) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return key.equals(node.path("key").asText()) ? Optional.of(mapping.from(node)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      log.warn("integrity: discarding the damaged cache file " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
      try {
        Files.deleteIfExists(file);
      } catch (IOException again) {
        log.warn("integrity: cannot remove the cache file " + file + ": " + again.getMessage());
      }
      return Optional.empty();
    }
  }

  /** A new entry for the caller to fill, its key set. */
  static ObjectNode entry(String key) {
    return JSON.createObjectNode().put("key", key);
  }

  /** Replaces the file with {@code entry}, atomically; a failure is one warning line (the next run misses). */
  void write(ObjectNode entry) {
    try {
      AtomicFile.write(file, JSON.writeValueAsBytes(entry));
    } catch (IOException e) {
      log.warn("integrity: cannot write the cache file " + file + ": " + e.getMessage());
    }
  }

  static JsonNode tree(byte[] json) throws IOException {
    return JSON.readTree(json);
  }

  static byte[] bytes(JsonNode node) throws IOException {
    return JSON.writeValueAsBytes(node);
  }
}
