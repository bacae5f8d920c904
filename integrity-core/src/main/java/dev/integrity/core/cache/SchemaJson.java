package dev.integrity.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.schema.Schema;
import java.io.IOException;

/** A {@link Schema} as JSON and back, for the cache: the records' components, nothing else. */
final class SchemaJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private SchemaJson() {}

  /** The mapper of the cache's JSON files: records by their components, an unknown or missing member is an error. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  static byte[] write(Schema schema) throws IOException {
    return MAPPER.writeValueAsBytes(schema);
  }

  static Schema read(byte[] json) throws IOException {
    return MAPPER.readValue(json, Schema.class);
  }
}
