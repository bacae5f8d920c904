package dev.integrity.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class LibraryLoggingTest {

  private static final String TESTCONTAINERS = LibraryLogging.SIMPLE_LOGGER + "org.testcontainers";
  private static final String ZONKY = LibraryLogging.SIMPLE_LOGGER + "io.zonky";

  @BeforeEach
  @AfterEach
  void clear() {
    LibraryLogging.LIBRARIES.forEach(library -> System.clearProperty(LibraryLogging.SIMPLE_LOGGER + library));
  }

  @Test
  void theLibrariesAreAtWarnAndALevelTheUserSetIsKept() {
    System.setProperty(ZONKY, "debug");

    LibraryLogging.quiet(false);

    assertEquals("warn", System.getProperty(TESTCONTAINERS));
    assertEquals("debug", System.getProperty(ZONKY));
  }

  @Test
  void underSlf4jSimpleTheSimpleLoggersPrefixIsUsed() {
    assertEquals(LibraryLogging.SIMPLE_LOGGER, LibraryLogging.prefix());
  }

  @Test
  void withMavenDebugNothingIsSet() {
    LibraryLogging.quiet(true);

    assertNull(System.getProperty(TESTCONTAINERS));
  }
}
