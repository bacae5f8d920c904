package dev.integrity.core.drift;

import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;

/**
 * What the live database is compared with: the migrations' schema or a snapshot of it ({@code snapshot}), and the
 * entity model (null) with its origins when data is checked. A snapshot is compared exactly; the migrations exactly
 * on structure.
 */
public record ExpectedSchema(Schema schema, boolean snapshot, Schema model, Origins origins) {

  ComparePolicy policy() {
    return snapshot ? ComparePolicy.EXACT : ComparePolicy.MIGRATIONS_VS_LIVE;
  }

  Sides sides() {
    return snapshot ? Sides.SNAPSHOT_AND_LIVE : Sides.MIGRATIONS_AND_LIVE;
  }
}
