package dev.integrity.core.snapshot;

import java.nio.file.Path;

/** A written snapshot: the file, the schema's hash, and whether the file's content changed. */
public record SnapshotResult(Path file, String sha256, boolean changed) {}
