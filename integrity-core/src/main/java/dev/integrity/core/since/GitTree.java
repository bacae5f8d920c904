package dev.integrity.core.since;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's migration files as they are at a git ref, read with {@code git show <ref>:<path>} into a scratch
 * directory that mirrors the repository's layout, so that the changelog at the ref parses as the changelog now does
 * (same relative names, includes resolved the same way). Only files a migration tool reads are copied.
 */
public final class GitTree {

  private static final Set<String> SUFFIXES = Set.of(".xml", ".yaml", ".yml", ".json", ".sql", ".csv", ".tsv", ".properties");

  private final Path top;
  private final String ref;
  private final Path target;

  private GitTree(Path top, String ref, Path target) {
    this.top = top;
    this.ref = ref;
    this.target = target;
  }

  /** The repository holding {@code baseDir}, read at {@code ref} into {@code target}. */
  public static GitTree open(Path baseDir, String ref, Path target) {
    Path top = Path.of(git(baseDir, ref, "rev-parse", "--show-toplevel").trim());
    git(top, ref, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    return new GitTree(top.toAbsolutePath().normalize(), ref, target);
  }

  /** The commit {@code ref} names now: what a cached verdict must be keyed on. */
  public static String commit(Path baseDir, String ref) {
    return git(baseDir, ref, "rev-parse", "--verify", "--quiet", ref + "^{commit}").trim();
  }

  /** Copies the migration files under {@code directory} (a directory of the working tree) as they are at the ref. */
  public void copy(Path directory) {
    Path relative = relative(directory);
    if (relative == null) {
      return;
    }
    String listing = git(top, ref, "ls-tree", "-r", "-z", "--name-only", ref, "--", relative.toString().isEmpty() ? "." : relative.toString());
    for (String path : listing.split("\0")) {
      if (!path.isEmpty() && SUFFIXES.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith)) {
        write(path);
      }
    }
  }

  /** Where {@code path} of the working tree is in the copy; itself when it is outside the repository. */
  public Path at(Path path) {
    Path relative = relative(path);
    return relative == null ? path : target.resolve(relative.toString());
  }

  private Path relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(top) ? top.relativize(absolute) : null;
  }

  private void write(String path) {
    Path file = target.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Process process = new ProcessBuilder("git", "show", ref + ":" + path).directory(top.toFile())
          .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (process.waitFor() != 0) {
        throw new IntegrityException("<since>: git show " + ref + ":" + path + " failed in " + top + ".");
      }
    } catch (IOException e) {
      throw new IntegrityException("<since>: cannot copy " + path + " at git ref " + ref + " to " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntegrityException("<since>: interrupted while reading " + path + " at git ref " + ref, e);
    }
  }

  private static String git(Path directory, String ref, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IntegrityException("<since> is git:" + ref + " but `" + String.join(" ", command) + "` failed in " + directory
            + (output.isBlank() ? "" : ": " + output.trim()) + ". The project must be a git checkout that has the ref"
            + " (in CI, fetch it first: git fetch origin main).");
      }
      return output;
    } catch (IOException e) {
      throw new IntegrityException("<since> is git:" + ref + " but git cannot run in " + directory + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntegrityException("<since>: interrupted while running git in " + directory, e);
    }
  }
}
