package dev.integrity.core.schema;

/** An installed extension ({@code CREATE EXTENSION}) and the schema its objects were created in. */
public record Extension(String name, String schema) {}
