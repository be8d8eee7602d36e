package org.agendasearch.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An agenda command in a fresh JVM of this one's class path, with its own heap limit: to measure
 * memory honestly (the benchmark) and to kill or restart a real process (the fault tests).
 */
public final class ChildJvm {

  record Outcome(boolean ok, String output) {}

  private ChildJvm() {}

  /** Starts {@code agenda ARGS} with {@code jvmOptions}; its output goes to {@code log} (a full pipe would block it). */
  public static Process start(List<String> jvmOptions, java.nio.file.Path log, String... args) throws IOException {
    return new ProcessBuilder(command(jvmOptions, List.of(args))).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }

  /**
   * Starts {@code agenda ARGS} with {@code jvmOptions}, its output (standard error merged in) on
   * the process's {@link Process#getInputStream()}: for a caller that waits on what it prints,
   * line by line, and keeps reading until it ends (a full pipe would block it).
   */
  public static Process startReadable(List<String> jvmOptions, String... args) throws IOException {
    return new ProcessBuilder(command(jvmOptions, List.of(args))).redirectErrorStream(true).start();
  }

  private static List<String> command(List<String> jvmOptions, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.agendasearch.web.cli.AgendaCommand"));
    cmd.addAll(args);
    return cmd;
  }

  static Outcome run(String xmx, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command(List.of("-Xmx" + xmx, "-XX:+UseSerialGC"), args))
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      return new Outcome(false, "timed out");
    }
    return new Outcome(p.exitValue() == 0, new String(out, StandardCharsets.UTF_8));
  }
}
