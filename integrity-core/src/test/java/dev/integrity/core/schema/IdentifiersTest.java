package dev.integrity.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void aNameIsTheSameQuotedOrBareWhicheverServerPrintedIt() {
    // PostgreSQL 16 and later print "json" and "system_user" quoted (keywords since 16); 15 and earlier print them bare
    assertTrue(Identifiers.names("\"json\"", "json"));
    assertTrue(Identifiers.names("json", "json"));
    assertTrue(Identifiers.names("system_user", "system_user"));
    assertTrue(Identifiers.names("\"order\"", "order"));
    assertTrue(Identifiers.names("\"orderId\"", "orderId"));
    assertTrue(Identifiers.names("\"a\"\"b\"", "a\"b"));
  }

  @Test
  void aBareSpellingOnlyNamesWhatCouldBeBare() {
    assertFalse(Identifiers.names("orderId", "orderId"));
    assertFalse(Identifiers.names("lower(email)", "lower(email)"));
    assertFalse(Identifiers.names("\"json\"", "JSON"));
    assertFalse(Identifiers.names("json DESC", "json"));
  }

  @Test
  void anIndexOnAColumnThatAnOlderServerPrintsBareIsOnThatColumn() {
    Table table = new Table("public", "event", List.of(new Column("json", "jsonb", true, null, Column.Identity.NONE, null)), null,
        List.of(), List.of(), List.of());
    assertEquals(Optional.of(List.of("json")), new Index("ix", List.of("json"), false, false, "btree", null).columnKeys(table));
    assertEquals(Optional.of(List.of("json")), new Index("ix", List.of("\"json\""), false, false, "btree", null).columnKeys(table));
  }
}
