package dev.integrity.core.changelog;

import dev.integrity.core.common.IntegrityException;
import java.util.Locale;

/** The formats of the fix changelog; the file is {@code changelog.<extension>}. */
public enum ChangeLogFormat {
  XML("xml"),
  YAML("yaml"),
  SQL("sql");

  private final String extension;

  ChangeLogFormat(String extension) {
    this.extension = extension;
  }

  public String fileName() {
    return "changelog." + extension;
  }

  public static ChangeLogFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IntegrityException("<changeLogFormat> is '" + text + "'; allowed values: xml, yaml, sql.");
    }
  }
}
