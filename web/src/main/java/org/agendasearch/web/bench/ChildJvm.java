package org.agendasearch.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an agenda command in a fresh JVM with its own heap limit, to measure memory honestly. */
final class ChildJvm {

  record Outcome(boolean ok, String output) {}

  private ChildJvm() {}

  static Outcome run(String xmx, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), "org.agendasearch.web.cli.AgendaCommand"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      return new Outcome(false, "timed out");
    }
    return new Outcome(p.exitValue() == 0, new String(out, StandardCharsets.UTF_8));
  }
}
