package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;

/**
 * Reindex progress for people: on a terminal a bar redrawn in place (files, pages, pages/s, time
 * left, failures); in a log or CI a plain line every few seconds. Failures are printed as they
 * happen in both.
 */
final class Progress implements ReindexListener {

  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong pages = new AtomicLong();
  private volatile int total;
  private long lastPrint;

  Progress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** A terminal is a console that is not redirected (Java 22+ can tell; before that, assume not). */
  static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public synchronized void planned(int toRead, int unchanged, int removed, boolean full) {
    total = toRead;
    out.printf("%s: %d files to read, %d unchanged, %d removed%n", full ? "Full rebuild" : "Incremental update",
        toRead, unchanged, removed);
    out.flush();
  }

  @Override
  public synchronized void fileDone(FileResult r) {
    int n = done.incrementAndGet();
    pages.addAndGet(r.pages());
    if (r.failed()) {
      failed.incrementAndGet();
      clearBar();
      out.printf("failed   %s: %s%n", r.file(), r.reason());
    }
    long now = System.nanoTime();
    boolean last = n == total;
    if (terminal && (now - lastPrint > BAR_EVERY_NANOS || last)) {
      out.print("\r" + bar(n));
      if (last) {
        out.println();
      }
      lastPrint = now;
    } else if (!terminal && (now - lastPrint > LINE_EVERY_NANOS || last)) {
      out.println(status(n));
      lastPrint = now;
    }
    out.flush();
  }

  String status(int n) {
    double secs = (System.nanoTime() - start) / 1e9;
    double rate = pages.get() / Math.max(secs, 1e-3);
    double eta = n == 0 ? 0 : secs / n * (total - n);
    return String.format("%d/%d files, %d pages, %.0f pages/s, %s left, %d failed", n, total, pages.get(), rate,
        duration(eta), failed.get());
  }

  private String bar(int n) {
    int width = 30;
    int filled = total == 0 ? width : (int) Math.round(width * (double) n / total);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + status(n) + "   ";
  }

  private void clearBar() {
    if (terminal) {
      out.print("\r" + " ".repeat(100) + "\r");
    }
  }

  private static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
  }
}
