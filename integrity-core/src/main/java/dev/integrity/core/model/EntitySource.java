package dev.integrity.core.model;

import java.nio.file.Path;

/** A class directory or jar scanned for mapped classes, and how the log names it (e.g. {@code entities (reactor module)}). */
public record EntitySource(String name, Path root) {}
