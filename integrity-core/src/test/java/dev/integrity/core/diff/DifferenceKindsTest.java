package dev.integrity.core.diff;

import static dev.integrity.core.support.SchemaPairs.diff;
import static dev.integrity.core.support.SchemaPairs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each difference kind found on a real schema pair, with its severity. */
class DifferenceKindsTest {

  private static final String PARENT = "create table p (id bigint primary key, code varchar(10) unique);";

  @Test
  void foreignKeys() {
    assertEquals(List.of("EXTRA_FOREIGN_KEY c MEDIUM", "FOREIGN_KEY_MISMATCH c HIGH", "FOREIGN_KEY_MISMATCH c HIGH", "MISSING_FOREIGN_KEY c HIGH"),
        lines(diff(PARENT + "create table c (id bigint primary key, a bigint references p on delete cascade, b bigint references p,"
                + " d varchar(10) references p(code), e bigint)",
            PARENT + "create table c (id bigint primary key, a bigint references p, b bigint, d varchar(10),"
                + " e bigint references p(id)); alter table c add foreign key (d) references p(code) on update cascade;"
                + " create table q (id bigint primary key); alter table c add foreign key (b) references q")
            .stream().filter(d -> !d.table().equals("q")).toList()));
  }

  @Test
  void foreignKeyMismatchSaysWhatDiffers() {
    Difference d = diff(PARENT + "create table c (id bigint primary key, a bigint references p on delete cascade)",
        PARENT + "create table c (id bigint primary key, a bigint references p)").get(0);
    assertEquals("foreign key c(a) is (a) references public.p(id) in the migrated database but (a) references public.p(id) on delete cascade in the model",
        d.message());
  }

  @Test
  void uniquesAndIndexes() {
    assertEquals(List.of("EXTRA_INDEX t LOW", "EXTRA_INDEX t LOW", "EXTRA_UNIQUE t MEDIUM", "MISSING_INDEX t MEDIUM", "MISSING_UNIQUE t HIGH"),
        lines(diff("create table t (id bigint primary key, a int, b int, c int, d int, constraint u unique (a, b));"
                + " create index on t (c desc)",
            "create table t (id bigint primary key, a int, b int, c int, d int, constraint u unique (b, a));"
                + " create index on t (c); create index on t (lower(d::text)) where d > 0")));
  }

  @Test
  void partialAndMethodMakeAnIndexDifferent() {
    assertEquals(List.of("EXTRA_INDEX t LOW", "EXTRA_INDEX t LOW", "MISSING_INDEX t MEDIUM"),
        lines(diff("create table t (id bigint primary key, a int, j jsonb); create index on t (a)",
            "create table t (id bigint primary key, a int, j jsonb); create index on t (a) where a > 0;"
                + " create index on t using gin (j)")));
  }

  @Test
  void checks() {
    assertEquals(List.of("CHECK_MISMATCH t HIGH", "EXTRA_CHECK t HIGH", "MISSING_CHECK t MEDIUM"),
        lines(diff("create table t (id bigint primary key, a int check (a >= 0), b int check (b < 100), c int)",
            "create table t (id bigint primary key, a int check (a > 0), b int, c int check (c <> 13))")));
  }

  @Test
  void enumValueSetsOfChecks() {
    List<Difference> differences = diff(
        "create table t (id bigint primary key, s varchar(255) check (s in ('NEW','PAID','SHIPPED')),"
            + " o smallint check (o between 0 and 1))",
        "create table t (id bigint primary key, s varchar(255) check (s in ('NEW','PAID')), o smallint check (o between 0 and 2))");
    assertEquals(List.of("ENUM_MISMATCH t.o MEDIUM", "ENUM_MISMATCH t.s HIGH"), lines(differences));
    assertTrue(differences.get(1).message().endsWith("the database rejects SHIPPED"), differences.get(1).message());
  }

  @Test
  void strictChecksReportAnEnumCheckTheDatabaseLacks() {
    String model = "create table t (id bigint primary key, s varchar(255) check (s in ('A','B')))";
    String database = "create table t (id bigint primary key, s varchar(255))";
    assertEquals(List.of(), lines(diff(model, database, List.of("public"), false)));
    assertEquals(List.of("MISSING_CHECK t MEDIUM"), lines(diff(model, database, List.of("public"), true)));
  }

  @Test
  void namedEnumTypes() {
    assertEquals(List.of("ENUM_MISMATCH legacy_kind LOW", "ENUM_MISMATCH mood HIGH", "ENUM_MISMATCH size MEDIUM", "ENUM_MISMATCH state HIGH"),
        lines(diff("create type mood as enum ('SAD','OK','HAPPY'); create type size as enum ('S','M');"
                + " create type state as enum ('ON','OFF')",
            "create type mood as enum ('SAD','OK'); create type size as enum ('S','M','L'); create type legacy_kind as enum ('X')")));
  }

  @Test
  void sequences() {
    assertEquals(List.of("EXTRA_SEQUENCE old_seq LOW", "MISSING_SEQUENCE b_seq CRITICAL", "SEQUENCE_MISMATCH a_seq HIGH"),
        lines(diff("create sequence a_seq increment by 50; create sequence b_seq increment by 50",
            "create sequence a_seq increment by 1; create sequence old_seq")));
  }

  @Test
  void generationDefaults() {
    assertEquals(List.of("DEFAULT_MISMATCH a.id CRITICAL", "DEFAULT_MISMATCH b.id CRITICAL", "DEFAULT_MISMATCH c.n MEDIUM"),
        lines(diff("create table a (id bigint generated by default as identity primary key);"
                + " create table b (id bigint primary key); create table c (id bigint primary key, n int default 0)",
            "create table a (id bigint primary key); create table b (id bigint generated always as identity primary key);"
                + " create table c (id bigint primary key, n int default 1)")));
  }

  @Test
  void aMissingAndAnExtraColumnOfTheSameTypeAreReportedAsALikelyRename() {
    List<Difference> differences = diff("create table t (id bigint primary key, full_name varchar(80), age int)",
        "create table t (id bigint primary key, name varchar(80), age int)");
    assertEquals(List.of("EXTRA_COLUMN t.name LOW", "MISSING_COLUMN t.full_name CRITICAL"), lines(differences));
    differences.forEach(d -> assertTrue(d.message().contains("looks like a rename of t.name to t.full_name"), d.message()));
  }

  @Test
  void aMissingAndAnExtraTableWithTheSameColumnsAreReportedAsALikelyRename() {
    List<Difference> differences = diff("create table customer (id bigint primary key, name text, email text)",
        "create table client (id bigint primary key, name text, email text)");
    assertEquals(List.of("EXTRA_TABLE client LOW", "MISSING_TABLE customer CRITICAL"), lines(differences));
    differences.forEach(d -> assertTrue(d.message().contains("looks like a rename of client to customer"), d.message()));
  }

  @Test
  void noRenameHintWhenTheCandidatesAreAmbiguousOrOfAnotherType() {
    List<Difference> differences = diff("create table t (id bigint primary key, a text, b text, c int)",
        "create table t (id bigint primary key, x text, y date)");
    differences.forEach(d -> assertTrue(!d.message().contains("rename"), d.message()));
  }

  @Test
  void severalSchemas() {
    assertEquals(List.of("MISSING_COLUMN invoice.total CRITICAL"),
        lines(diff("create schema billing; create table billing.invoice (id bigint primary key, total numeric(12,2));"
                + " create table public.invoice (id bigint primary key)",
            "create schema billing; create table billing.invoice (id bigint primary key);"
                + " create table public.invoice (id bigint primary key)", List.of("billing", "public"))));
  }
}
