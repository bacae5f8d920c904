package dev.integrity.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The author of a written migration when the user set none: git's {@code user.name} for the project, if git has one. */
public final class GitAuthor {

  private GitAuthor() {}

  public static Optional<String> of(Path baseDir) {
    try {
      Process git = new ProcessBuilder("git", "config", "user.name").directory(baseDir.toFile()).redirectErrorStream(true).start();
      git.getOutputStream().close();
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return Optional.empty();
      }
      String name = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.exitValue() == 0 && !name.isEmpty() ? Optional.of(name) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no git on the PATH
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
