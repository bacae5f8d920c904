package dev.integrity.core.cache;

import dev.integrity.core.migrate.ChangeSetChecksum;
import dev.integrity.core.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One kept migrated database: the changeSets it was migrated from (with their checksums then), how many rows
 * its migration tool's history held, its schema as the catalog reader saw it, and its dump. Stored as
 * gzip-compressed JSON: a truncated or altered file fails its CRC or its parse, never reads as another entry.
 */
record KeptEntry(int format, String key, List<ChangeSetChecksum> changeSets, long historyRows, Schema schema, DatabaseDump dump) {

  /** The version of this layout and of the dump's statements: another version is a miss. */
  static final int FORMAT = 1;

  KeptEntry {
    changeSets = List.copyOf(changeSets);
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      SchemaJson.mapper().writeValue(out, this);
    }
    return bytes.toByteArray();
  }

  static KeptEntry read(InputStream in) throws IOException {
    try (InputStream unzipped = new GZIPInputStream(in)) {
      // read whole first: the gzip trailer's CRC is checked only at the end of the stream
      return SchemaJson.mapper().readValue(unzipped.readAllBytes(), KeptEntry.class);
    }
  }
}
