package dev.integrity.core.schema;

/** A check constraint; {@code expression} as PostgreSQL normalises it ({@code pg_get_expr}). */
public record Check(String name, String expression) {}
