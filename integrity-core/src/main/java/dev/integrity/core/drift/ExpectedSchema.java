package dev.integrity.core.drift;

import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;

/** What the live database is compared with: the migrations' schema, and the entity model (null) with its origins when data is checked. */
public record ExpectedSchema(Schema schema, Schema model, Origins origins) {}
