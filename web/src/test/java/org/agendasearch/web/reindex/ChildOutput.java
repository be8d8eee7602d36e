package org.agendasearch.web.reindex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of a child process, read line by line as the child prints it: a test waits for the
 * line that says the child got somewhere (a blocking read on the pipe, not a poll of a log file),
 * and the pipe is drained to the end so that the child never blocks on a full one.
 */
final class ChildOutput {

  private final List<String> lines = new ArrayList<>();
  private boolean ended;

  /** Starts reading {@code process}'s output (standard error merged in) on a daemon thread. */
  ChildOutput(Process process) {
    Thread reader = new Thread(() -> read(process), "child-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Process process) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (this) {
          lines.add(line);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // The pipe closed under the reader (the child killed): the output ends here.
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  /**
   * Waits until the child prints a line matching {@code pattern} and returns its match. Fails if
   * the output ends first, or if nothing matches within {@code guard}: a bound on a broken child,
   * never what the test waits for.
   */
  synchronized Matcher await(Pattern pattern, Duration guard) throws InterruptedException {
    long deadline = System.nanoTime() + guard.toNanos();
    for (int seen = 0; ; ) {
      for (; seen < lines.size(); seen++) {
        Matcher m = pattern.matcher(lines.get(seen));
        if (m.find()) {
          return m;
        }
      }
      long left = deadline - System.nanoTime();
      if (ended || left <= 0) {
        throw new AssertionError((ended ? "the child's output ended" : "nothing within " + guard)
            + " before a line matching " + pattern + ":\n" + text());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Everything the child printed so far. */
  synchronized String text() {
    return String.join("\n", lines);
  }
}
