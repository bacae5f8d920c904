package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lint's judgement of a type change, sharing the differ's numeric capacity (whole digits and scale apart). */
class TypeWidthTest {

  @Test
  void moreScaleWithTheSamePrecisionLosesWholeDigits() {
    assertTrue(TypeWidth.narrows("numeric(10,2)", "numeric(10,4)"));
    assertTrue(TypeWidth.narrows("decimal(10,4)", "numeric(10,2)"));
    assertFalse(TypeWidth.narrows("numeric(10,2)", "numeric(12,4)"));
    assertFalse(TypeWidth.narrows("numeric(10,2)", "numeric(10,2)"));
  }

  @Test
  void integersAndCharactersCompareByCapacity() {
    assertTrue(TypeWidth.narrows("bigint", "integer"));
    assertTrue(TypeWidth.narrows("integer", "numeric(9,0)"));
    assertFalse(TypeWidth.narrows("integer", "numeric(12,2)"));
    assertTrue(TypeWidth.narrows("varchar(100)", "varchar(50)"));
    assertFalse(TypeWidth.narrows("varchar(50)", "text"));
  }
}
