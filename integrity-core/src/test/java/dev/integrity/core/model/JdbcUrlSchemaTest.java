package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcUrlSchemaTest {

  @Test
  void currentSchemaThenSearchPathDecideTheSchema() {
    assertEquals(Optional.of("billing"), JdbcUrlSchema.of("jdbc:postgresql://db:5432/app?ssl=true&currentSchema=billing,public"));
    assertEquals(Optional.of("audit"), JdbcUrlSchema.of("jdbc:postgresql://db/app?options=-c%20search_path%3Daudit,public"));
    assertEquals(Optional.empty(), JdbcUrlSchema.of("jdbc:postgresql://db/app"));
    assertEquals(Optional.empty(), JdbcUrlSchema.of("jdbc:postgresql://db/app?currentSchema=${SCHEMA}"));
  }
}
