package dev.integrity.core.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.model.ModelScript;
import dev.integrity.core.model.ScriptStore;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The model side of a run: Hibernate writes its DDL first without running it, and when an earlier run read the
 * schema of the same DDL (same statements, Hibernate version, detected settings, PostgreSQL major version and
 * plugin), that reading is reused and the model database is neither exported into nor read. An entity change
 * that leaves the DDL byte-identical (a method, a validation message, a listener) so skips the export and its
 * catalog read. Before that, the DDL itself (with the origins) is the last export's when its inputs are unchanged
 * but for the mapped classes' code ({@link ModelScriptCache}): then Hibernate is not booted either. {@code enabled}
 * false ({@code -Dintegrity.cache=false}) always exports and keeps nothing.
 */
public record ModelSchemaCache(Path directory, boolean enabled, Log log) {

  private static final String FILE = "model-schema.json";

  /** {@code extensions}: the migrated database's, asked for only when the DDL needs one ({@link ModelScript#runInto(Database, Supplier)}). */
  public ModelSchema export(ModelRequest request, Database target, Supplier<List<Extension>> extensions) {
    if (!enabled) {
      ModelScript script = ModelExporter.script(request, target, log, ScriptStore.NONE);
      script.runInto(target, extensions);
      return new ModelSchema(script.result(), MigratedSchema.readAll(target), false);
    }
    String postgresMajor = ServerVersion.major(target);
    ModelScript script = ModelExporter.script(request, target, log, new ModelScriptCache(directory, postgresMajor, log));
    String key = key(script, postgresMajor);
    Optional<Schema> cached = cached(key);
    if (cached.isPresent()) {
      log.info("Model DDL unchanged since an earlier run: the model's schema is reused from " + directory.resolve(FILE));
      return new ModelSchema(script.result(), cached.get(), true);
    }
    script.runInto(target, extensions);
    Schema schema = MigratedSchema.readAll(target);
    store(key, schema);
    return new ModelSchema(script.result(), schema, false);
  }

  private static String key(ModelScript script, String postgresMajor) {
    Fingerprint key = new Fingerprint();
    key.text("statements", String.join(";\n", script.statements()));
    key.value("settings", new TreeMap<>(script.settings()), Set.of());
    key.text("hibernate", script.result().hibernateVersion());
    key.text("postgres", postgresMajor);
    CacheKeys.plugin(key);
    return key.hex();
  }

  private Optional<Schema> cached(String key) {
    return new KeyedJsonFile(directory.resolve(FILE), log).read(key, node -> SchemaJson.read(KeyedJsonFile.bytes(node.get("schema"))));
  }

  private void store(String key, Schema schema) {
    try {
      ObjectNode node = KeyedJsonFile.entry(key);
      node.set("schema", KeyedJsonFile.tree(SchemaJson.write(schema)));
      new KeyedJsonFile(directory.resolve(FILE), log).write(node);
    } catch (IOException e) {
      log.warn("integrity: cannot write the cache file " + directory.resolve(FILE) + ": " + e.getMessage());
    }
  }
}
