package dev.integrity.core.changelog;

import dev.integrity.core.common.IntegrityException;
import java.util.Locale;

/** The formats of the fix changelog; the file is {@code changelog.<extension>}. */
public enum ChangeLogFormat {
  XML("xml"),
  YAML("yaml"),
  JSON("json"),
  SQL("sql");

  private final String extension;

  ChangeLogFormat(String extension) {
    this.extension = extension;
  }

  public String fileName() {
    return "changelog." + extension;
  }

  public String extension() {
    return extension;
  }

  /** The format of a changelog file with this extension ({@code yml} is YAML), if it is one. */
  public static java.util.Optional<ChangeLogFormat> ofExtension(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    return java.util.Arrays.stream(values()).filter(f -> f.extension.equals(lower.equals("yml") ? "yaml" : lower)).findFirst();
  }

  public static ChangeLogFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IntegrityException("<changeLogFormat> is '" + text + "'; allowed values: xml, yaml, json, sql.");
    }
  }
}
