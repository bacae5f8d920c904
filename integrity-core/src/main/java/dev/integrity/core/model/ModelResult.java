package dev.integrity.core.model;

import dev.integrity.core.schema.Origins;

/** What the export did: where each table and column came from, and which Hibernate produced the DDL. */
public record ModelResult(Origins origins, String hibernateVersion, int mappedClasses) {}
