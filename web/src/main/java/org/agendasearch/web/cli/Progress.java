package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.ReindexProgress;

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
  private final ReindexProgress counts;
  private long lastPrint;

  Progress(PrintWriter out, boolean terminal, Path corpus) {
    this.out = out;
    this.terminal = terminal;
    this.counts = new ReindexProgress(corpus);
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
    counts.planned(toRead, unchanged, removed, full);
    out.printf("%s: %d files to read, %d unchanged, %d removed%n", full ? "Full rebuild" : "Incremental update",
        toRead, unchanged, removed);
    out.flush();
  }

  @Override
  public void plannedFiles(List<Path> toRead) {
    counts.plannedFiles(toRead);
  }

  @Override
  public synchronized void fileDone(FileResult r) {
    counts.fileDone(r);
    ReindexProgress.Snapshot s = counts.snapshot();
    if (r.failed()) {
      clearBar();
      out.printf("failed   %s: %s%n", r.file(), r.reason());
    }
    long now = System.nanoTime();
    boolean last = s.filesDone() == s.filesToRead();
    if (terminal && (now - lastPrint > BAR_EVERY_NANOS || last)) {
      out.print("\r" + bar(s));
      if (last) {
        out.println();
      }
      lastPrint = now;
    } else if (!terminal && (now - lastPrint > LINE_EVERY_NANOS || last)) {
      out.println(status(s));
      lastPrint = now;
    }
    out.flush();
  }

  /** One line: files and pages done, the page rate, the time left estimated from pages. */
  static String status(ReindexProgress.Snapshot s) {
    return String.format("%d/%d files, %d pages%s, %.0f pages/s, %s left, %d failed", s.filesDone(), s.filesToRead(),
        s.pagesDone(), s.pagesToRead() >= 0 ? " (about " + s.pagesToRead() + " to go)" : "", s.pagesPerSecond(),
        s.secondsLeft() >= 0 ? duration(s.secondsLeft()) : "?", s.failed());
  }

  private static String bar(ReindexProgress.Snapshot s) {
    int width = 30;
    int filled = s.filesToRead() == 0 ? width : (int) Math.round(width * (double) s.filesDone() / s.filesToRead());
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + status(s) + "   ";
  }

  private void clearBar() {
    if (terminal) {
      out.print("\r" + " ".repeat(100) + "\r");
    }
  }

  static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
  }
}
