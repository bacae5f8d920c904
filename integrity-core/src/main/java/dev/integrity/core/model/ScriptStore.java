package dev.integrity.core.model;

import java.util.Optional;

/** Scripts of earlier exports, by their inputs: one found here is used instead of booting the project's Hibernate. */
public interface ScriptStore {

  /** Keeps nothing and finds nothing: every export boots Hibernate. */
  ScriptStore NONE = new ScriptStore() {
    @Override
    public Optional<ModelScript> find(ScriptInputs inputs) {
      return Optional.empty();
    }

    @Override
    public void keep(ScriptInputs inputs, ModelScript script) {}
  };

  /** The script an earlier export wrote from the same inputs (and the same project files), if one is kept. */
  Optional<ModelScript> find(ScriptInputs inputs);

  void keep(ScriptInputs inputs, ModelScript script);
}
