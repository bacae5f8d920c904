package dev.integrity.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline file (docs/baseline.md): {@code format}, the accepted {@code differences} of {@code verify} and,
 * when there are any, the accepted {@code drift} differences of {@code drift}, one object each with {@code kind}, {@code schema}, {@code table}, {@code column}, {@code model} and {@code database},
 * sorted, two-space indented, one member per line: the same differences give the same bytes.
 */
public final class BaselineFile {

  public static final String FORMAT = "integrity-baseline/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    WRITER = MAPPER.writer(printer);
  }

  private BaselineFile() {}

  /** The file's whole text for the entries of each section; the {@code drift} array only when it has entries. */
  private static String text(Map<BaselineSection, List<BaselineEntry>> sections) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    for (BaselineSection section : BaselineSection.values()) {
      List<BaselineEntry> entries = sections.getOrDefault(section, List.of());
      if (section == BaselineSection.VERIFY || !entries.isEmpty()) {
        root.put(section.member(), entries.stream().distinct().sorted(BaselineEntry.ORDER).map(BaselineFile::item).toList());
      }
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> item(BaselineEntry entry) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("kind", entry.kind().name());
    item.put("schema", entry.schema());
    item.put("table", entry.table());
    item.put("column", entry.column());
    item.put("model", entry.model());
    item.put("database", entry.database());
    return item;
  }

  /**
   * Writes {@code differences} as the entries of {@code section} to {@code file}, keeping the other section as it
   * is, and leaving the file untouched when its text would not change.
   */
  public static BaselineResult write(Path file, BaselineSection section, List<Difference> differences) {
    if (file == null) {
      throw new IntegrityException("<baselineFile> is not set; name the file the baseline goes to.");
    }
    String before = readText(file);
    Map<BaselineSection, List<BaselineEntry>> sections = before == null ? new EnumMap<>(BaselineSection.class) : sections(file, before);
    List<BaselineEntry> previous = sections.getOrDefault(section, List.of());
    sections.put(section, differences.stream().map(BaselineEntry::of).toList());
    String text = text(sections);
    List<BaselineEntry> current = sections(file, text).get(section);
    int added = (int) current.stream().filter(e -> !previous.contains(e)).count();
    int removed = (int) previous.stream().filter(e -> !current.contains(e)).count();
    if (!text.equals(before)) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IntegrityException("cannot write the baseline file " + file + ": " + e.getMessage(), e);
      }
    }
    return new BaselineResult(file, current.size(), added, removed, !text.equals(before));
  }

  /** The section of the baseline at {@code file}; empty when {@code file} is null or does not exist. */
  static Baseline read(Path file, BaselineSection section) {
    String text = file == null ? null : readText(file);
    return new Baseline(file, section, text == null ? List.of() : sections(file, text).get(section));
  }

  private static Map<BaselineSection, List<BaselineEntry>> sections(Path file, String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(file, "it is not valid JSON (" + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject() || !root.path("differences").isArray()) {
      throw malformed(file, "it has no \"differences\" array");
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw malformed(file, "its \"format\" is " + root.path("format") + ", not \"" + FORMAT + "\"");
    }
    Map<BaselineSection, List<BaselineEntry>> sections = new EnumMap<>(BaselineSection.class);
    for (BaselineSection section : BaselineSection.values()) {
      JsonNode array = root.path(section.member());
      if (!array.isMissingNode() && !array.isArray()) {
        throw malformed(file, "its \"" + section.member() + "\" is not an array");
      }
      List<BaselineEntry> entries = new ArrayList<>();
      int number = 0;
      for (JsonNode item : array) {
        number++;
        entries.add(entry(file, (section == BaselineSection.VERIFY ? "" : section.member() + " ") + "entry " + number, item));
      }
      sections.put(section, entries);
    }
    return sections;
  }

  private static BaselineEntry entry(Path file, String numbered, JsonNode item) {
    String where = numbered + " (" + item + ")";
    if (!item.isObject()) {
      throw malformed(file, where + " is not an object");
    }
    String kind = text(file, where, item, "kind", true);
    DifferenceKind parsed = Arrays.stream(DifferenceKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElseThrow(() -> malformed(file, where + " has the unknown kind '" + kind + "'; the kinds are listed in docs/differences/"));
    return new BaselineEntry(parsed, text(file, where, item, "schema", true), text(file, where, item, "table", true),
        text(file, where, item, "column", false), text(file, where, item, "model", false), text(file, where, item, "database", false));
  }

  private static String text(Path file, String where, JsonNode item, String member, boolean required) {
    JsonNode value = item.get(member);
    if (value == null || value.isNull()) {
      if (required) {
        throw malformed(file, where + " has no \"" + member + "\"");
      }
      return null;
    }
    if (!value.isTextual() || (required && value.asText().isBlank())) {
      throw malformed(file, where + " has \"" + member + "\": " + value + ", not a" + (required ? " non-blank" : "") + " string");
    }
    return value.asText();
  }

  private static IntegrityException malformed(Path file, String problem) {
    return new IntegrityException("the baseline file " + file + " is malformed: " + problem
        + ". Correct it, or delete it and run `" + BaselineSection.VERIFY.rewriteCommand() + "` to write it again.");
  }

  private static String readText(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IntegrityException("cannot read the baseline file " + file + ": " + e.getMessage(), e);
    }
  }
}
