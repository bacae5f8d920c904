package dev.integrity.core.model;

/** One Hibernate setting the model is exported with, and where it came from (for the log). */
record Setting(String value, String source) {}
