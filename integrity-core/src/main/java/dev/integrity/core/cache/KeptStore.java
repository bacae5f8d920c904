package dev.integrity.core.cache;

import dev.integrity.core.common.Log;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The kept migrated databases in the cache directory, one file per key. Builds share it without a lock: a
 * file is written whole under a temporary name and renamed into place, so a reader sees an old entry or a new
 * one, and each build restores a copy into its own database. Reading an entry marks it used; after a write the
 * least recently used entries go until the directory holds at most {@link #MAX_BYTES}.
 */
final class KeptStore {

  /** The size the entries may take together. */
  static final long MAX_BYTES = 512L * 1024 * 1024;
  private static final String SUFFIX = ".json.gz";
  /** A temporary file this old belongs to a build that died while writing it. */
  private static final long ABANDONED_MILLIS = 3_600_000;

  private final Path directory;
  private final Log log;

  KeptStore(Path directory, Log log) {
    this.directory = directory;
    this.log = log;
  }

  Path file(String key) {
    return directory.resolve(key + SUFFIX);
  }

  /** The entry of {@code key}, or empty when there is none; a damaged one is removed, with one line saying so. */
  Optional<KeptEntry> read(String key) {
    Path file = file(key);
    KeptEntry entry;
    try (InputStream in = Files.newInputStream(file)) {
      entry = KeptEntry.read(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      discard(key, "it cannot be read (" + firstLine(e) + ")");
      return Optional.empty();
    }
    if (entry.format() != KeptEntry.FORMAT || !key.equals(entry.key())) {
      discard(key, "it was written by another version of the plugin or under another key");
      return Optional.empty();
    }
    touch(file);
    return Optional.of(entry);
  }

  void write(KeptEntry entry) {
    try {
      AtomicFile.write(file(entry.key()), entry.bytes());
    } catch (IOException e) {
      log.warn("integrity: cannot keep the migrated database in " + file(entry.key()) + ": " + e.getMessage());
      return;
    }
    evict(file(entry.key()));
  }

  /** Removes the entry of {@code key}, with one line saying {@code why}. */
  void discard(String key, String why) {
    log.warn("integrity: discarded the kept migrated database " + file(key) + ": " + why);
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      log.warn("integrity: cannot remove " + file(key) + ": " + e.getMessage());
    }
  }

  private void evict(Path written) {
    record Kept(Path file, long lastUsed, long size) {}
    List<Kept> entries = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          entries.add(new Kept(file, lastUsed(file), size(file)));
        } else if (name.endsWith(".tmp") && System.currentTimeMillis() - lastUsed(file) > ABANDONED_MILLIS) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      return; // eviction is tidying up: the next write tries again
    }
    entries.sort(Comparator.comparingLong(Kept::lastUsed).reversed());
    long total = 0;
    for (Kept entry : entries) {
      total += entry.size();
      if (total > MAX_BYTES && !entry.file().equals(written)) {
        try {
          Files.deleteIfExists(entry.file());
          log.info("integrity: removed the least recently used kept migrated database " + entry.file().getFileName()
              + " (the cache holds at most " + MAX_BYTES / (1024 * 1024) + " MB)");
        } catch (IOException e) {
          // another build may be reading it on a system that forbids removing open files: next time
        }
      }
    }
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // only its place in the eviction order is lost
    }
  }

  private static long lastUsed(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).lines().findFirst().orElse("");
  }
}
