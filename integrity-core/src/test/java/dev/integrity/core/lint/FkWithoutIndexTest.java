package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class FkWithoutIndexTest {

  private static final Table CUSTOMER = new Table("public", "customer", List.of(column("id")), new PrimaryKey("pk_customer", List.of("id")),
      List.of(), List.of(), List.of());

  private static Column column(String name) {
    return new Column(name, "bigint", true, null, Column.Identity.NONE, null);
  }

  private static ForeignKey key(String... columns) {
    return new ForeignKey("fk", List.of(columns), "public", "customer", List.of("id"), "NO ACTION", "NO ACTION");
  }

  private static List<Finding> check(ForeignKey key, PrimaryKey primaryKey, Index... indexes) {
    Table order = new Table("public", "purchase_order", List.of(column("id"), column("customer_id"), column("shop_id")), primaryKey,
        List.of(key), List.of(indexes), List.of());
    return new FkWithoutIndex().check(LintFixtures.schema(Schema.of(List.of(CUSTOMER, order), List.of(), List.of())));
  }

  @Test
  void aKeyWithoutIndexIsFoundWithTheCreateIndexThatFixesIt() {
    List<Finding> findings = check(key("customer_id"), new PrimaryKey("pk", List.of("id")));
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(List.of("customer_id"), finding.columns());
    assertEquals("purchase_order", finding.table());
    assertEquals("table public.purchase_order", finding.location());
    assertEquals("CREATE INDEX ix_purchase_order_customer_id ON public.purchase_order (customer_id);", finding.fix());
  }

  @Test
  void anIndexLeadingWithTheKeyColumnsCoversIt() {
    assertEquals(List.of(), check(key("customer_id"), null, new Index("ix", List.of("customer_id DESC", "shop_id"), false, false, "btree", null)));
    assertEquals(List.of(), check(key("customer_id", "shop_id"), null, new Index("ux", List.of("shop_id", "customer_id"), true, true, "btree", null)));
    assertEquals(List.of(), check(key("id"), new PrimaryKey("pk", List.of("id", "shop_id"))));
  }

  @Test
  void anIndexOnAQuotedColumnCoversItsKey() {
    // the catalog prints index keys as PostgreSQL quotes them, the key's columns bare
    assertEquals(List.of(), check(key("customerId"), null, new Index("ix", List.of("\"customerId\""), false, false, "btree", null)));
    assertEquals(List.of(), check(key("order"), null, new Index("ix", List.of("\"order\" DESC"), false, false, "btree", null)));
  }

  @Test
  void anIndexOnAColumnThatAnOlderServerPrintsBareCoversItsKey() {
    // json became a keyword in PostgreSQL 16: 17 prints the key "json", 15 prints it bare
    assertEquals(List.of(), check(key("json"), null, new Index("ix", List.of("json"), false, false, "btree", null)));
    assertEquals(List.of(), check(key("json"), null, new Index("ix", List.of("\"json\""), false, false, "btree", null)));
  }

  @Test
  void anIndexThatDoesNotLeadWithTheKeyOrIsPartialDoesNot() {
    assertEquals(1, check(key("customer_id"), null, new Index("ix", List.of("shop_id", "customer_id"), false, false, "btree", null)).size());
    assertEquals(1, check(key("customer_id"), null, new Index("ix", List.of("customer_id"), false, false, "btree", "customer_id > 0")).size());
    assertEquals(1, check(key("customer_id"), null, new Index("ix", List.of("customer_id"), false, false, "hash", null)).size());
  }
}
