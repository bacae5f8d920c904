package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the include of a new file to the master changelog by editing its text: a copy of the last include
 * with the new file name, after that include or above JHipster's needle; a master without includes gets
 * one in its format's plain form. Nothing else of the file changes.
 */
final class MasterEdit {

  private static final Pattern YAML_ITEM = Pattern.compile("(?m)^([ \\t]*)-[ \\t]*changeSet:");
  private static final Pattern XML_CHANGE_SET = Pattern.compile("(?m)^([ \\t]*)<changeSet\\b");

  private MasterEdit() {}

  /** The include's file value for {@code fileName}, copying the directory part of {@code template}'s value. */
  static String includeValue(String templateValue, String fileName) {
    return templateValue.substring(0, templateValue.lastIndexOf('/') + 1) + fileName;
  }

  /**
   * @param template the include the new one copies, or empty for a master without includes
   * @param value the new include's file value
   * @return where the include went, for the console
   */
  static String include(MasterChangeLog master, Optional<MasterChangeLog.Entry> template, String value) {
    String text = master.text();
    String edited;
    String where;
    if (template.isPresent()) {
      MasterChangeLog.Entry entry = template.get();
      String copy = text.substring(entry.start(), entry.valueStart()) + value + text.substring(entry.valueEnd(), entry.end());
      Optional<Integer> needle = master.needle();
      if (needle.isPresent() && needle.get() > entry.start()) {
        edited = text.substring(0, needle.get()) + lineEnded(copy) + text.substring(needle.get());
        where = "above JHipster's " + MasterChangeLog.NEEDLE + " comment";
      } else if (master.extension().equals("json")) {
        String line = text.substring(entry.start(), entry.end());
        boolean followed = line.stripTrailing().endsWith(",");
        String original = followed ? lineEnded(line) : line.stripTrailing() + ",\n";
        edited = text.substring(0, entry.start()) + original + lineEnded(followed ? copy : copy.stripTrailing()) + text.substring(entry.end());
        where = "after the last include";
      } else {
        edited = text.substring(0, entry.end()) + (text.substring(0, entry.end()).endsWith("\n") ? "" : "\n") + lineEnded(copy) + text.substring(entry.end());
        where = "after the last include";
      }
    } else {
      edited = plainInclude(master, value);
      where = "at the end of the changelog";
    }
    try {
      Files.writeString(master.file(), edited);
    } catch (IOException e) {
      throw new IntegrityException("cannot add the include of " + value + " to " + master.file() + ": " + e.getMessage(), e);
    }
    return where;
  }

  private static String plainInclude(MasterChangeLog master, String value) {
    String text = master.text();
    switch (master.extension()) {
      case "xml" -> {
        int close = text.lastIndexOf("</databaseChangeLog>");
        if (close < 0) {
          throw new IntegrityException(master.file() + " has no </databaseChangeLog>; cannot add the include of " + value);
        }
        Matcher indent = XML_CHANGE_SET.matcher(text);
        String line = (indent.find() ? indent.group(1) : "    ") + "<include file=\"" + value + "\" relativeToChangelogFile=\"true\"/>\n";
        int at = master.lineStart(close);
        return text.substring(0, at) + line + text.substring(at);
      }
      case "yaml", "yml" -> {
        Matcher item = YAML_ITEM.matcher(text);
        String indent = item.find() ? item.group(1) : "  ";
        return lineEnded(text) + indent + "- include:\n" + indent + "    file: " + value + "\n" + indent + "    relativeToChangelogFile: true\n";
      }
      case "json" -> {
        int close = text.lastIndexOf(']');
        String before = text.substring(0, close).stripTrailing();
        String item = "{ \"include\": { \"file\": \"" + value + "\", \"relativeToChangelogFile\": true } }";
        return before + (before.endsWith("[") ? "" : ",") + "\n    " + item + "\n  " + text.substring(close);
      }
      default -> throw new IllegalStateException("no include for a " + master.extension() + " master");
    }
  }

  private static String lineEnded(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
