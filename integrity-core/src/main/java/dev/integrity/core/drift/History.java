package dev.integrity.core.drift;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code drift-history.tsv} in the output directory: one tab-separated line per run (time, status, live
 * schema hash, counts per severity), under a header line. The last line is the previous run's state.
 */
final class History {

  static final String FILE_NAME = "drift-history.tsv";
  static final String HEADER = "time\tstatus\tsha256\tcritical\thigh\tmedium\tlow";

  /** One run. */
  record Entry(Instant time, String status, String sha256, Map<Severity, Long> counts) {
    String line() {
      return time.truncatedTo(ChronoUnit.SECONDS) + "\t" + status + "\t" + sha256 + "\t"
          + Stream.of(Severity.values()).map(s -> String.valueOf(counts.getOrDefault(s, 0L))).collect(Collectors.joining("\t"));
    }
  }

  private History() {}

  static Optional<Entry> last(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String[] fields = lines.get(i).split("\t");
        if (fields.length >= 3 && !lines.get(i).equals(HEADER)) {
          return Optional.of(new Entry(Instant.parse(fields[0]), fields[1], fields[2], Map.of()));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw new IntegrityException("cannot read the drift history " + file + ": " + e.getMessage()
          + ". Delete it to start a new history.", e);
    }
  }

  static Path append(Path directory, Entry entry) {
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      String text = (Files.exists(file) ? "" : HEADER + "\n") + entry.line() + "\n";
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return file;
    } catch (IOException e) {
      throw new IntegrityException("cannot write the drift history " + file + ": " + e.getMessage(), e);
    }
  }
}
