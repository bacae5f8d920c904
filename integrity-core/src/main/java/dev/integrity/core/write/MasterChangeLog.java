package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master changelog as text: its format and the {@code include} and {@code includeAll} entries it
 * holds, each with the span of its lines, so that a new include is a copy of the last one with another
 * file name, put where the project puts them, and the rest of the file stays byte for byte.
 */
record MasterChangeLog(Path file, String text, String extension, List<Entry> entries) {

  /** JHipster's marker: new includes go just above it. */
  static final String NEEDLE = "jhipster-needle-liquibase-add-changelog";

  /** An include ({@code all} false) of {@code path}, or an includeAll of the folder {@code path}; {@code start}/{@code end} span its lines. */
  record Entry(boolean all, String path, boolean relativeToChangelogFile, int start, int end, int valueStart, int valueEnd) {}

  private static final Pattern XML = Pattern.compile("<(include|includeAll)\\b[^>]*?(/>|>\\s*</\\1>)", Pattern.DOTALL);
  private static final Pattern YAML = Pattern.compile("(?m)^([ \\t]*)-[ \\t]*(include|includeAll):[ \\t]*\\R((?:\\1[ \\t]+\\S.*(?:\\R|\\z))+)");
  private static final Pattern JSON = Pattern.compile("\\{\\s*\"(include|includeAll)\"\\s*:\\s*\\{[^{}]*}\\s*}");

  MasterChangeLog {
    entries = List.copyOf(entries);
  }

  static MasterChangeLog read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IntegrityException("cannot read the master changelog " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    List<Entry> entries = switch (extension) {
      case "xml" -> entries(text, XML, 1, "(?:file|path)\\s*=\\s*\"([^\"]*)\"", "relativeToChangelogFile\\s*=\\s*\"true\"");
      case "yaml", "yml" -> entries(text, YAML, 2, "(?m)^\\s*(?:file|path):[ \\t]*['\"]?([^'\"\\s]+)", "relativeToChangelogFile:[ \\t]*['\"]?true");
      case "json" -> entries(text, JSON, 1, "\"(?:file|path)\"\\s*:\\s*\"([^\"]*)\"", "\"relativeToChangelogFile\"\\s*:\\s*\"?true");
      case "sql" -> List.of();
      default -> throw new IntegrityException("the master changelog " + file + " is neither XML, YAML, JSON nor formatted SQL;"
          + " integrity:diff cannot add the new migration to it");
    };
    return new MasterChangeLog(file, text, extension, entries);
  }

  /** The entry the new migration follows: the last one in the file. */
  Optional<Entry> last() {
    return entries.stream().max(Comparator.comparingInt(Entry::start));
  }

  /** Where JHipster's needle line starts, if the master has one. */
  Optional<Integer> needle() {
    int at = text.indexOf(NEEDLE);
    return at < 0 ? Optional.empty() : Optional.of(lineStart(at));
  }

  private static List<Entry> entries(String text, Pattern element, int kindGroup, String value, String relative) {
    List<Entry> entries = new ArrayList<>();
    Matcher matcher = element.matcher(text);
    Pattern valuePattern = Pattern.compile(value);
    Pattern relativePattern = Pattern.compile(relative);
    while (matcher.find()) {
      String body = matcher.group();
      Matcher path = valuePattern.matcher(body);
      if (!path.find() || isCommented(text, matcher.start())) {
        continue;
      }
      int start = startOfLine(text, matcher.start());
      int end = endOfLine(text, matcher.end() - 1);
      entries.add(new Entry(matcher.group(kindGroup).equals("includeAll"), path.group(1), relativePattern.matcher(body).find(),
          start, end, matcher.start() + path.start(1), matcher.start() + path.end(1)));
    }
    return entries;
  }

  /** Inside an XML comment: the last {@code <!--} before it is not closed before it. */
  private static boolean isCommented(String text, int at) {
    int open = text.lastIndexOf("<!--", at);
    return open >= 0 && text.indexOf("-->", open) > at;
  }

  int lineStart(int at) {
    return startOfLine(text, at);
  }

  private static int startOfLine(String text, int at) {
    return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  }

  /** The index just after the line that holds {@code at} (after its line break). */
  private static int endOfLine(String text, int at) {
    int newline = text.indexOf('\n', at);
    return newline < 0 ? text.length() : newline + 1;
  }
}
