package dev.integrity.core.snapshot;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema snapshot file: {@code format}, the {@code sha256} of the canonical schema document, the
 * {@code schema} itself and, for Liquibase, the {@code changeSets} it was migrated from ({@code file::id::author},
 * in order: the history {@code since} compares with; not part of the hash) (docs/snapshot.md). The same schema always gives the same bytes, whatever
 * database it was read from, so the hash identifies a schema.
 */
public final class SchemaSnapshot {

  public static final String FORMAT = "integrity-schema-snapshot/1";
  public static final String REFRESH_COMMAND = "mvn integrity:snapshot";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    WRITER = MAPPER.writer(printer);
  }

  private SchemaSnapshot() {}

  /** The SHA-256 (hex) of the schema's canonical document. */
  public static String sha256(Schema schema) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(SnapshotFormat.tree(schema))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The whole snapshot file's text; {@code changeSets} empty: the member is left out (Flyway). */
  public static String text(Schema schema, List<String> changeSets) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("sha256", sha256(schema));
    root.put("schema", SnapshotFormat.tree(schema));
    if (!changeSets.isEmpty()) {
      root.put("changeSets", changeSets);
    }
    return new String(bytes(root), StandardCharsets.UTF_8);
  }

  public static void write(Path file, Schema schema, List<String> changeSets) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text(schema, changeSets), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IntegrityException("cannot write the schema snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  /** The hash recorded in a snapshot file. */
  public static String recordedHash(Path file) {
    return parse(file).path("sha256").asText();
  }

  /** The changeSets the snapshot records, empty when it records none (written before it did, or for Flyway). */
  public static Optional<List<String>> changeSets(Path file) {
    JsonNode changeSets = parse(file).path("changeSets");
    if (!changeSets.isArray()) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    changeSets.forEach(key -> keys.add(key.asText()));
    return Optional.of(List.copyOf(keys));
  }

  public static Schema read(Path file) {
    JsonNode root = parse(file);
    Schema schema = SnapshotFormat.schema(root.path("schema"));
    if (!sha256(schema).equals(root.path("sha256").asText())) {
      throw new IntegrityException("the schema snapshot " + file + " was edited by hand: its sha256 does not match its content."
          + " Run `" + REFRESH_COMMAND + "` to write it again from the migrations.");
    }
    return schema;
  }

  private static JsonNode parse(Path file) {
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new IntegrityException("the schema snapshot " + file + " is not in format " + FORMAT
            + ". Run `" + REFRESH_COMMAND + "` to write it again.");
      }
      return root;
    } catch (IOException e) {
      throw new IntegrityException("cannot read the schema snapshot " + file + ": " + e.getMessage()
          + ". Run `" + REFRESH_COMMAND + "` to write it again.", e);
    }
  }

  private static byte[] bytes(Object tree) {
    try {
      byte[] json = WRITER.writeValueAsBytes(tree);
      byte[] withNewline = new byte[json.length + 1];
      System.arraycopy(json, 0, withNewline, 0, json.length);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
