package org.agendasearch.web.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.index.BuildSummary;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.Reindexer;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.ReindexProgress;

/**
 * Runs one reindex at a time in the background for the admin endpoint and keeps its status. The
 * server goes on answering from the live index; the new commit or generation is picked up when
 * the reindex ends. A reindex started by the command line at the same time is refused by the
 * index lock, and the job reports that.
 */
public final class ReindexJobs {

  private final Path corpus;
  private final Reindexer reindexer;
  private final SearchBackend backend;
  private volatile Status status = Status.idle();
  private volatile ReindexProgress progress;
  private volatile CompletableFuture<Void> ended = CompletableFuture.completedFuture(null);
  private volatile Runnable afterEach = () -> { };

  /** What the job is doing, as the status endpoint shows it. */
  record Status(String state, Instant started, Instant finished, boolean full, int filesToRead, int filesDone,
      long pages, int failed, String message) {
    static Status idle() {
      return new Status("idle", null, null, false, 0, 0, 0, 0, null);
    }
  }

  /** Jobs that run {@code reindexer} on {@code corpus} and then have {@code backend} look for the new index. */
  public ReindexJobs(Path corpus, Reindexer reindexer, SearchBackend backend) {
    this.corpus = corpus;
    this.reindexer = reindexer;
    this.backend = backend;
  }

  /**
   * Runs {@code task} after each reindex that succeeds, before {@link #ended()} completes (the
   * server sends email alerts then).
   */
  public void afterEach(Runnable task) {
    this.afterEach = task;
  }

  /** Starts a reindex unless one is running; false when one is. */
  public boolean start(boolean full) {
    return start(full, ReindexListener.NONE);
  }

  /**
   * Starts a reindex unless one is running (false when one is), telling {@code also} (the
   * server's log) how it goes as well as the status.
   */
  public synchronized boolean start(boolean full, ReindexListener also) {
    if (status.state().equals("running")) {
      return false;
    }
    Instant started = Instant.now();
    status = new Status("running", started, null, full, 0, 0, 0, 0, null);
    CompletableFuture<Void> end = new CompletableFuture<>();
    ended = end;
    ReindexProgress counts = new ReindexProgress(corpus);
    progress = counts;
    ReindexListener listener = new ReindexListener() {
      @Override
      public void planned(int toRead, int unchanged, int removed, boolean isFull) {
        counts.planned(toRead, unchanged, removed, isFull);
        also.planned(toRead, unchanged, removed, isFull);
        update();
      }

      @Override
      public void plannedFiles(java.util.List<Path> toRead) {
        counts.plannedFiles(toRead);
        also.plannedFiles(toRead);
      }

      @Override
      public void fileDone(FileResult r) {
        counts.fileDone(r);
        also.fileDone(r);
        update();
      }

      private void update() {
        ReindexProgress.Snapshot p = counts.snapshot();
        status = new Status("running", started, null, p.full(), p.filesToRead(), p.filesDone(), p.pagesDone(), p.failed(),
            null);
      }
    };
    Thread t = new Thread(() -> {
      try {
        BuildSummary s = reindexer.reindex(corpus, full, listener, null);
        backend.refresh();
        status = new Status("done", started, Instant.now(), s.full(), s.files().size(), s.files().size(), s.pages(),
            (int) s.failed(), String.format("%d files read, %d unchanged, %d removed, %d failed; report %s",
                s.files().size(), s.unchanged(), s.removed(), s.failed(), s.report()));
        afterEach.run();
      } catch (Exception | StackOverflowError e) {
        ReindexProgress.Snapshot p = counts.snapshot();
        status = new Status("failed", started, Instant.now(), full, p.filesToRead(), p.filesDone(), p.pagesDone(), p.failed(),
            e instanceof IndexLayout.IndexBusyException ? e.getMessage() : "the reindex failed: " + e.getMessage());
      } finally {
        end.complete(null);
      }
    }, "admin-reindex");
    t.setDaemon(true);
    t.start();
    return true;
  }

  /**
   * Completes when the job started last has ended, done or failed, its final status already set
   * (at once when none was started). For code that acts on the end of a reindex, such as a test
   * that checks the final status, so that it waits on the event instead of polling the status.
   */
  public CompletableFuture<Void> ended() {
    return ended.copy();
  }

  /** Whether a reindex is running now. */
  public boolean running() {
    return status.state().equals("running");
  }

  /** How far the running (or last) reindex is; empty when none was started. */
  public java.util.Optional<ReindexProgress.Snapshot> progress() {
    ReindexProgress p = progress;
    return p == null ? java.util.Optional.empty() : java.util.Optional.of(p.snapshot());
  }

  /**
   * How far the build of the first index is while it runs (a reindex running on an index that
   * has no records yet, such as {@code serve}'s first start); empty once the index has records.
   */
  public java.util.Optional<ReindexProgress.Snapshot> buildingFirstIndex() {
    if (!running() || backend.recordCount() > 0) {
      return java.util.Optional.empty();
    }
    return progress();
  }

  /** The status as JSON-ready fields. */
  public Map<String, Object> status() {
    Status s = status;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", s.state());
    m.put("full", s.full());
    m.put("started", s.started() == null ? null : s.started().toString());
    m.put("finished", s.finished() == null ? null : s.finished().toString());
    m.put("files_to_read", s.filesToRead());
    m.put("files_done", s.filesDone());
    m.put("pages", s.pages());
    m.put("failed", s.failed());
    m.put("message", s.message());
    return m;
  }
}
