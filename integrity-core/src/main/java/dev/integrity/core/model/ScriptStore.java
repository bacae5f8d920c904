package dev.integrity.core.model;

import java.util.function.Supplier;

/** Scripts of earlier exports, by their inputs: one found here is used instead of booting the project's Hibernate. */
@FunctionalInterface
public interface ScriptStore {

  /** Keeps nothing: every export boots Hibernate. */
  ScriptStore NONE = (inputs, export) -> export.get();

  /** The script an earlier export wrote from the same inputs (and the same project files), else {@code export}'s, kept for the next. */
  ModelScript script(ScriptInputs inputs, Supplier<ModelScript> export);
}
