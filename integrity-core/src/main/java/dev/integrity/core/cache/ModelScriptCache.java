package dev.integrity.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.integrity.core.common.Log;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.model.ModelScript;
import dev.integrity.core.model.ScriptInputs;
import dev.integrity.core.model.ScriptStore;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The last export's script, kept beside the model's schema: the next export with the same inputs uses it instead of
 * booting the project's Hibernate. The key holds the {@link ScriptInputs}, every file of the project's class
 * directories (a mapped class by its {@link MappedClassSurface}, any other file whole), its jars, the plugin's own
 * Hibernate where it is used, {@code hibernate.*} system properties (Hibernate reads them over the settings), the
 * PostgreSQL major version (Hibernate's dialect reads it) and the plugin itself. So a
 * change to an entity's method bodies reuses the script; a new field, another annotation value, a changed converter
 * or naming strategy, a setting or a dependency exports again.
 */
final class ModelScriptCache implements ScriptStore {

  static final String FILE = "model-script.json";

  private final KeyedJsonFile file;
  private final String postgresMajor;
  private final Log log;

  ModelScriptCache(Path directory, String postgresMajor, Log log) {
    this.file = new KeyedJsonFile(directory.resolve(FILE), log);
    this.postgresMajor = postgresMajor;
    this.log = log;
  }

  @Override
  public ModelScript script(ScriptInputs inputs, Supplier<ModelScript> export) {
    String key = key(inputs);
    Optional<ModelScript> kept = file.read(key, ModelScriptCache::read);
    if (kept.isPresent()) {
      log.info("Mapped classes unchanged since an earlier run but for their code: Hibernate's DDL is reused from "
          + file.file() + " without booting Hibernate");
      return kept.get();
    }
    ModelScript script = export.get();
    keep(key, script);
    return script;
  }

  private void keep(String key, ModelScript script) {
    ObjectNode node = KeyedJsonFile.entry(key);
    ArrayNode statements = node.putArray("statements");
    script.statements().forEach(statements::add);
    ObjectNode settings = node.putObject("settings");
    new TreeMap<>(script.settings()).forEach(settings::put);
    node.put("hibernateVersion", script.result().hibernateVersion());
    node.put("mappedClasses", script.result().mappedClasses());
    ObjectNode origins = node.putObject("origins");
    new TreeMap<>(script.result().origins().byName()).forEach((name, origin) -> {
      ObjectNode entry = origins.putObject(name);
      entry.put("entity", origin.entity());
      entry.put("attribute", origin.attribute());
      ArrayNode declared = entry.putArray("declared");
      new TreeSet<>(origin.declared()).forEach(declared::add);
    });
    file.write(node);
  }

  private String key(ScriptInputs inputs) {
    Fingerprint key = new Fingerprint();
    key.value("inputs", inputs, Set.of());
    for (Path entry : inputs.request().classpath()) {
      if (Files.isDirectory(entry)) {
        key.tree("classpath", entry, dir -> false, path -> true, MappedClassSurface::fingerprinted);
      } else {
        key.stamp("classpath", entry);
      }
    }
    for (Path entry : inputs.request().fallbackHibernate()) {
      key.stamp("fallback", entry);
    }
    key.text("properties", CacheKeys.properties("hibernate.", "jakarta.persistence.", "javax.persistence."));
    key.text("postgres", postgresMajor);
    CacheKeys.plugin(key);
    return key.hex();
  }

  private static ModelScript read(JsonNode node) {
    List<String> statements = new ArrayList<>();
    node.get("statements").forEach(statement -> statements.add(statement.asText()));
    Map<String, String> settings = new TreeMap<>();
    node.get("settings").fields().forEachRemaining(setting -> settings.put(setting.getKey(), setting.getValue().asText()));
    Map<String, Origin> origins = new TreeMap<>();
    node.get("origins").fields().forEachRemaining(entry -> {
      JsonNode origin = entry.getValue();
      Set<String> declared = new TreeSet<>();
      origin.get("declared").forEach(name -> declared.add(name.asText()));
      origins.put(entry.getKey(), new Origin(text(origin.get("entity")), text(origin.get("attribute")), declared));
    });
    return new ModelScript(statements, settings,
        new ModelResult(new Origins(origins), node.get("hibernateVersion").asText(), node.get("mappedClasses").asInt()));
  }

  private static String text(JsonNode value) {
    return value.isNull() ? null : value.asText();
  }
}
