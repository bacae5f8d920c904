package dev.integrity.maven;

/** The user properties ({@code -Dintegrity.<name>}) that every parameter can also be set by. */
final class IntegrityProperties {

  static final String PREFIX = "integrity.";
  static final String SKIP = PREFIX + "skip";
  static final String FAIL_ON = PREFIX + "failOn";
  static final String FORMATS = PREFIX + "formats";
  static final String WRITE = PREFIX + "write";
  static final String NAME = PREFIX + "name";
  static final String RENAMES = PREFIX + "renames";
  static final String ACCEPT_RENAMES = PREFIX + "acceptRenames";

  private IntegrityProperties() {}
}
