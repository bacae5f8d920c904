package dev.integrity.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) opening a local page with the network and every background
 * service off. Without it, tests are skipped with a visible reason, unless {@code
 * -Dintegrity.requireChromium=true} (CI) turns that skip into a failure.
 */
public final class Chromium {

  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--hide-scrollbars");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  public static Chromium require() {
    Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> List.of("chromium", "chromium-browser").stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty() && Boolean.getBoolean("integrity.requireChromium")) {
      fail("integrity.requireChromium=true but no chromium on the PATH: apt-get install -y chromium (see .ci/run)");
    }
    assumeTrue(found.isPresent(), "no chromium on the PATH: HTML report browser test skipped (CI runs it with -Dintegrity.requireChromium=true)");
    return new Chromium(found.get());
  }

  /** The DOM after the page loaded, as Chromium serialises it. */
  public String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  public void screenshot(Path page, Path png) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1400");
    assertTrue(Files.size(png) > 0, "chromium wrote no screenshot at " + png);
  }

  private String run(Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("integrity-chromium-");
    List<String> command = new ArrayList<>(List.of(executable.toString()));
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.addAll(List.of(extra));
    command.add(page.toAbsolutePath().toUri().toString());
    try {
      Path stdout = profile.resolve("stdout");
      Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(profile.resolve("stderr").toFile()).start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        fail("chromium did not finish: " + command);
      }
      assertEquals(0, process.exitValue(), "chromium failed: " + Files.readString(profile.resolve("stderr")));
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      DirectoryTrees.delete(profile);
    }
  }
}
