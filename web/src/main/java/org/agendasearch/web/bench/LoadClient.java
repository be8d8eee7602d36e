package org.agendasearch.web.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's HTTP load client in a JVM of its own, so that its threads, its allocation and
 * its JIT do not share the server's heap and safepoints (on one machine it still shares the
 * cores). The parent starts it with {@link #inChildJvm}; it runs a warm-up round, then the timed
 * round, and prints one line of figures that the parent reads back.
 */
public final class LoadClient {

  private static final String RESULT = "load-client-result";

  private LoadClient() {}

  /** {@code PORT CLIENTS REQUESTS WARMUP LIMIT_SECONDS}: the figures on one line of standard output. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int clients = Integer.parseInt(args[1]);
    int requests = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
    if (warmup > 0) {
      LoadRunner.http(port, clients, warmup, limit);
    }
    LoadRunner.Result r = LoadRunner.http(port, clients, requests, limit);
    Stats s = r.stats();
    System.out.printf(Locale.ROOT, "%s %d %.4f %.4f %.4f %.4f %d%n", RESULT, s.count(), s.p50Ms(), s.p95Ms(), s.p99Ms(),
        s.perSecond(), r.errors());
    System.out.flush();
    System.exit(0); // the parent reads until this JVM ends
  }

  /** Runs the load in a child JVM against {@code port}; {@code warmup} requests first, not timed. */
  static LoadRunner.Result inChildJvm(int port, int clients, int requests, int warmup, Duration limit)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), LoadClient.class.getName(),
        Integer.toString(port), Integer.toString(clients), Integer.toString(requests), Integer.toString(warmup),
        Long.toString(limit.toSeconds())));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith(RESULT + " ")) {
          result = line;
        } else {
          output.append(line).append('\n');
        }
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || result == null) {
      throw new IOException("the load client exited with " + exit + " and no figures:\n" + output);
    }
    String[] f = result.split(" ");
    Stats s = new Stats(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
        Double.parseDouble(f[4]), Double.parseDouble(f[5]));
    return new LoadRunner.Result(s, Integer.parseInt(f[6]));
  }
}
