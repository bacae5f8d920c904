package dev.integrity.core.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A second JVM on this module's test classpath running a main class: for what one JVM cannot test on itself. */
public final class Fork implements AutoCloseable {

  private final Process process;
  private final BufferedReader output;

  private Fork(Process process) {
    this.process = process;
    this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  public static Fork start(Class<?> main, Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    return new Fork(builder.start());
  }

  /** The next line the fork printed that starts with {@code prefix}, without the prefix; null if it ended first. */
  public String lineStartingWith(String prefix) throws IOException {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      System.out.println("[fork] " + line);
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    return null;
  }

  /** Sends SIGINT, as Ctrl-C in a terminal does, and waits until the JVM has exited. */
  public int interrupt() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
    kill.waitFor();
    return waitForExit();
  }

  /** Echoes the rest of the fork's output and waits until it has exited. */
  public int waitForExit() throws IOException, InterruptedException {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      System.out.println("[fork] " + line);
    }
    return process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
