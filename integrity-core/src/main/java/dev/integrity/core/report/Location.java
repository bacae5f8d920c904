package dev.integrity.core.report;

/** Where a difference is shown in CI: a file relative to the repository root ({@code /}-separated) and a 1-based line. */
public record Location(String path, int line) {}
