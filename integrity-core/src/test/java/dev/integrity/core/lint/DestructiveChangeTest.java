package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DestructiveChangeTest {

  @Test
  void dropsAndNarrowingsAreFoundWithTheirChangeSetsLine() {
    List<Finding> findings = new DestructiveChange().check(LintFixtures.changeLog("destructive.xml"));
    assertEquals(List.of(
            "fixtures/lint/destructive.xml:17 customer [legacy]",
            "fixtures/lint/destructive.xml:20 customer [name]",
            "fixtures/lint/destructive.xml:20 customer [points]",
            "fixtures/lint/destructive.xml:24 audit_log []",
            "fixtures/lint/destructive.xml:27 customer [code]"),
        findings.stream().map(f -> f.location() + " " + f.table() + " " + f.columns()).toList());
    assertTrue(findings.get(1).message().contains("from varchar(100) to varchar(50)"), findings.get(1).message());
    assertTrue(findings.stream().allMatch(f -> f.rule() == LintRule.DESTRUCTIVE_CHANGE && "public".equals(f.schema())));
  }

  @Test
  void wideningAndDroppingAConstraintAreNotDestructive() {
    assertEquals(List.of(), new DestructiveChange().check(LintFixtures.changeLog("safe.xml")));
  }

  @Test
  void narrowingIsJudgedOnlyForTypesOfKnownCapacity() {
    assertTrue(TypeWidth.narrows("varchar(100)", "varchar(50)"));
    assertTrue(TypeWidth.narrows("text", "varchar(255)"));
    assertTrue(TypeWidth.narrows("bigint", "int"));
    assertTrue(TypeWidth.narrows("numeric(12,2)", "numeric(10,2)"));
    assertTrue(TypeWidth.narrows("numeric(12,4)", "numeric(14,2)"));
    assertTrue(TypeWidth.narrows("bigint", "numeric(10,0)"));
    assertFalse(TypeWidth.narrows("varchar(50)", "VARCHAR(100)"));
    assertFalse(TypeWidth.narrows("int", "bigint"));
    assertFalse(TypeWidth.narrows("varchar(10)", "text"));
    assertFalse(TypeWidth.narrows("int", "numeric(12,0)"));
    assertFalse(TypeWidth.narrows("timestamp", "timestamp with time zone"));
  }
}
