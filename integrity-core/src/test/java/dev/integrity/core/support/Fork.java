package dev.integrity.core.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A second JVM on this module's test classpath running a main class: for what one JVM cannot test on itself. */
public final class Fork implements AutoCloseable {

  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final BufferedReader output;
  private final List<String> printed = new ArrayList<>();

  private Fork(Process process) {
    this.process = process;
    this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  public static Fork start(Class<?> main, Map<String, String> environment, String... args) throws IOException {
    return start(List.of(), List.of(), main, environment, Set.of(), args);
  }

  /**
   * The JVM started by {@code wrapper} (a command that ends by running the command appended to it, e.g.
   * {@code unshare}), with {@code jvmOptions}, {@code environment} set and the variables {@code unset} removed.
   */
  public static Fork start(List<String> wrapper, List<String> jvmOptions, Class<?> main, Map<String, String> environment,
      Set<String> unset, String... args) throws IOException {
    List<String> command = new ArrayList<>(wrapper);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().keySet().removeAll(unset);
    return new Fork(builder.start());
  }

  /** The fork's processes: itself and what it started that still runs as its descendant. */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** SIGKILL, as the OOM killer or a CI job cancelled hard sends: no shutdown hook runs. Waits until the JVM is gone. */
  public void kill() throws IOException, InterruptedException {
    process.toHandle().destroyForcibly(); // Process.destroyForcibly would also close the output still to be read
    waitForExit();
  }

  /** The next line the fork printed that starts with {@code prefix}, without the prefix; null if it ended first. */
  public String lineStartingWith(String prefix) throws IOException {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      System.out.println("[fork] " + line);
      printed.add(line);
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    return null;
  }

  /**
   * Sends SIGINT, as Ctrl-C in a terminal does, and waits until the JVM has exited. A JVM that inherited
   * SIGINT as ignored (started from a background job of a non-interactive shell, as some CI runners start
   * builds) installs no handler for it, and no Ctrl-C could reach it either: it gets SIGTERM, which runs
   * the same shutdown hooks.
   */
  public int interrupt() throws IOException, InterruptedException {
    String signal = ignoresSigint() ? "-TERM" : "-INT";
    if (signal.equals("-TERM")) {
      System.out.println("[fork] SIGINT is ignored in this process tree: sending SIGTERM, which runs the same shutdown hooks");
    }
    Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start();
    kill.waitFor();
    return waitForExit();
  }

  /** Waits (at most {@link #EXIT_TIMEOUT}) until the fork has exited, then echoes the rest of its output. */
  public int waitForExit() throws IOException, InterruptedException {
    boolean exited = process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    for (String line = exited ? output.readLine() : null; line != null; line = output.readLine()) {
      System.out.println("[fork] " + line);
      printed.add(line);
    }
    if (!exited) {
      throw new AssertionError("the forked JVM " + process.pid() + " did not exit within " + EXIT_TIMEOUT.toSeconds() + " s");
    }
    return process.exitValue();
  }

  /** Every line the fork printed that was read so far (stdout and stderr). */
  public List<String> printed() {
    return List.copyOf(printed);
  }

  /** Whether the fork's SIGINT disposition is "ignore" (bit 2 of SigIgn in /proc/<pid>/status). */
  private boolean ignoresSigint() throws IOException {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return false;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("SigIgn:"))
        .map(line -> new BigInteger(line.substring("SigIgn:".length()).trim(), 16))
        .anyMatch(mask -> mask.testBit(1));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
