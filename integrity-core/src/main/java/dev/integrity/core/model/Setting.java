package dev.integrity.core.model;

/** One setting of the application (a Hibernate or Liquibase setting), and where it came from (for the log). */
public record Setting(String value, String source) {}
