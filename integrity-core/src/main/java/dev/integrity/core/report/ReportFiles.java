package dev.integrity.core.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes report files the same way: UTF-8; JSON with two-space indents, one member per line, a final newline. */
public final class ReportFiles {

  private ReportFiles() {}

  public static Path json(Path file, Object json) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return text(file, new ObjectMapper().writer(printer).writeValueAsString(json) + "\n");
    } catch (IOException e) {
      throw new IntegrityException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** A JSON object from alternating member names and values, in that order. */
  public static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  static Path text(Path file, CharSequence text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IntegrityException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }
}
