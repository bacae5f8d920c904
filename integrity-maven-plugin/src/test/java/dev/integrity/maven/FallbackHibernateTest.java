package dev.integrity.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FallbackHibernateTest {

  @Test
  void onlyAGoalExportingTheModelOfAProjectWithoutHibernateResolvesTheFallback() {
    assertTrue(FallbackHibernate.needed(false, true));
    assertFalse(FallbackHibernate.needed(true, true), "the project's own Hibernate exports the model");
    assertFalse(FallbackHibernate.needed(false, false), "snapshot and rollback-test export no model");
  }
}
