package org.agendasearch.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How far a reindex is, counted as it goes, for the command line's progress line, the admin
 * status and the server's "indexing" answers alike. The pages still to read are estimated from
 * the bytes read so far (files differ by a hundred times in pages, so a count of files said "18
 * min left" for a 41 s run); the time left from the page rate.
 */
public final class ReindexProgress implements ReindexListener {

  private final Path corpus;
  private final LongSupplier nanoClock;
  private final long start;
  private final AtomicInteger filesDone = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong pagesDone = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private volatile int filesToRead;
  private volatile long bytesToRead;
  private volatile boolean full;
  /** When the first file was done and how many bytes it had: the rate after it leaves out the JVM's warm-up. */
  private volatile long firstDoneAt = -1;
  private volatile long firstBytes;

  /** Progress of a reindex of {@code corpus}, timed by {@code nanoClock} (a {@link System#nanoTime()} reading). */
  public ReindexProgress(Path corpus, LongSupplier nanoClock) {
    this.corpus = corpus;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  public ReindexProgress(Path corpus) {
    this(corpus, System::nanoTime);
  }

  /**
   * Where a reindex is.
   *
   * @param pagesToRead the pages of the files not yet read, estimated from their size (-1 before a file is done)
   * @param secondsLeft the time left at the page rate so far (-1 before a file is done)
   */
  public record Snapshot(boolean full, int filesDone, int filesToRead, long pagesDone, long pagesToRead, int failed,
      double seconds, double secondsLeft) {

    /** Pages read a second so far. */
    public double pagesPerSecond() {
      return pagesDone / Math.max(seconds, 1e-3);
    }
  }

  @Override
  public void planned(int toRead, int unchanged, int removed, boolean isFull) {
    filesToRead = toRead;
    full = isFull;
  }

  @Override
  public void plannedFiles(List<Path> toRead) {
    long bytes = 0;
    for (Path file : toRead) {
      bytes += size(file);
    }
    bytesToRead = bytes;
  }

  @Override
  public synchronized void fileDone(FileResult r) {
    pagesDone.addAndGet(r.pages());
    long bytes = bytesDone.addAndGet(size(corpus.resolve(r.file())));
    if (firstDoneAt < 0) {
      firstDoneAt = nanoClock.getAsLong();
      firstBytes = bytes;
    }
    if (r.failed()) {
      failed.incrementAndGet();
    }
    filesDone.incrementAndGet();
  }

  /** The counts now. */
  public Snapshot snapshot() {
    int done = filesDone.get();
    long pages = pagesDone.get();
    long bytes = bytesDone.get();
    double seconds = (nanoClock.getAsLong() - start) / 1e9;
    long pagesLeft = -1;
    double secondsLeft = -1;
    if (done > 0) {
      // Work still to do for each unit done: by bytes when the sizes are known, else by files.
      boolean bySize = bytes > 0 && bytesToRead > 0;
      double leftShare = bySize ? Math.max(0, bytesToRead - bytes) / (double) bytes
          : Math.max(0, filesToRead - done) / (double) done;
      pagesLeft = Math.round(pages * leftShare);
      secondsLeft = seconds * leftShare;
      // Once more than the first file is done, time by the rate since then: the first file pays
      // for the JVM's warm-up (class loading, interpreted code) and made the estimate 5-10x too long.
      double since = (nanoClock.getAsLong() - firstDoneAt) / 1e9;
      double doneSince = bySize ? bytes - firstBytes : done - 1;
      double leftUnits = bySize ? Math.max(0, bytesToRead - bytes) : Math.max(0, filesToRead - done);
      if (since > 0 && doneSince > 0) {
        secondsLeft = since * leftUnits / doneSince;
      }
    }
    return new Snapshot(full, done, filesToRead, pages, pagesLeft, failed.get(), seconds, secondsLeft);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
