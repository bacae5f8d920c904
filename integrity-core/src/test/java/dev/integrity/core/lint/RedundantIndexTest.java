package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.support.SchemaPairs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The redundant-index rule on schemas PostgreSQL built and the catalog reader read back. */
class RedundantIndexTest {

  private static List<String> check(String sql) {
    return new RedundantIndex().check(LintFixtures.schema(SchemaPairs.read(new CatalogReader(List.of("public")), sql))).stream()
        .map(f -> f.table() + " " + f.columns() + " | " + f.fix())
        .sorted()
        .toList();
  }

  @Test
  void anIndexLeadingAnotherOfTheSameUniquenessIsRedundant() {
    assertEquals(List.of("t [a] | DROP INDEX public.ix_a;", "t [b] | DROP INDEX public.ix_b_copy;"), check(
        "create table t (id bigint primary key, a int, b int, c int);"
            + " create index ix_a on t (a); create index ix_a_b on t (a, b);"
            + " create index ix_b on t (b); create index ix_b_copy on t (b)"));
  }

  @Test
  void aUniqueKeyOnThePrimaryKeysColumnsIsRedundant() {
    assertEquals(List.of("t [id] | ALTER TABLE public.t DROP CONSTRAINT uk_t_id;"), check(
        "create table t (id bigint primary key); alter table t add constraint uk_t_id unique (id)"));
  }

  @Test
  void anIndexOfOtherUniquenessOrWithAPredicateOrAnotherMethodOrOtherLeadingKeysIsNot() {
    assertEquals(List.of(), check(
        "create table t (id bigint primary key, a int, b int, j jsonb, constraint uk_a_b unique (a, b));"
            + " create index ix_a on t (a);"
            + " create unique index ux_b on t (b); create index ix_b_a on t (b, a);"
            + " create index ix_a_partial on t (a) where a > 0;"
            + " create index ix_j on t using gin (j); create index ix_j_hash on t using hash (a);"
            + " create index ix_a_desc on t (a desc, b)"));
  }
}
