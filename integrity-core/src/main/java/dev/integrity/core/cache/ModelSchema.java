package dev.integrity.core.cache;

import dev.integrity.core.model.ModelResult;
import dev.integrity.core.schema.Schema;

/** The model's export and its database's schema (every user schema); {@code reused} when an earlier run's reading of the same DDL was reused. */
public record ModelSchema(ModelResult result, Schema schema, boolean reused) {}
