package org.agendasearch.search.index;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.search.schema.IndexRecord;

/**
 * Reads corpus files into records on N threads, each file's records handed straight to a
 * {@link RecordSink}, with at most 2N files in flight so memory does not grow with the corpus. A
 * bad file is a "failed" result and the batch goes on. Shared by every backend's reindex.
 */
public final class CorpusReader {

  private final Ingestor ingestor;
  private final int threads;

  public CorpusReader(Ingestor ingestor, int threads) {
    this.ingestor = ingestor;
    this.threads = Math.max(1, threads);
  }

  /** The files of a corpus that we read, recursively, in a stable order. */
  public static List<Path> corpusFiles(Path corpus) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new IOException("no corpus folder at " + corpus);
    }
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile).filter(Ingestor::supports).sorted().toList();
    }
  }

  /** Reads {@code files} into {@code sink}; the results in the files' order. */
  public List<FileResult> readAll(Path corpus, List<Path> files, RecordSink sink, ReindexListener listener)
      throws IOException {
    Councils councils = Councils.load(corpus);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<FileResult>> futures = new ArrayList<>();
    List<FileResult> results = new ArrayList<>();
    try {
      for (Path file : files) {
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            FileResult r = readOne(corpus, file, councils, sink);
            listener.fileDone(r);
            return r;
          } finally {
            inFlight.release();
          }
        }));
      }
      for (Future<FileResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("reindex failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private FileResult readOne(Path corpus, Path file, Councils councils, RecordSink sink) throws IOException {
    long t0 = System.nanoTime();
    String relative = relative(corpus, file);
    String sha = null;
    try {
      sha = Ingestor.sha256(file);
      Pack pack = ingestor.ingest(file, sha);
      List<IndexRecord> records = Records.of(pack, relative, stamp(file), councils.councilOf(relative).orElse(null));
      sink.replace(relative, records);
      String status = pack.warnings().isEmpty() ? "ok" : "warning";
      String reason = pack.warnings().isEmpty() ? null : String.join("; ", pack.warnings());
      return new FileResult(relative, sha, status, pack.pages().size(), records.size(), reason, millis(t0), pack.quality());
    } catch (ExtractionException e) {
      return new FileResult(relative, sha, "failed", 0, 0, e.getMessage(), millis(t0));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on one file must not stop the batch: the file is reported and skipped.
      return new FileResult(relative, sha, "failed", 0, 0,
          "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), millis(t0));
    }
  }

  /** The path of a corpus file relative to the corpus, with forward slashes. */
  public static String relative(Path corpus, Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  /**
   * "size:millis" of a file, or "" when it cannot be read; followed by "|meeting:size:millis" when a
   * {@code meeting.json} sits beside it, since that is the authority for the file's meeting: a
   * changed meeting.json makes the file read again ({@link ReindexPlan}).
   */
  public static String stamp(Path file) {
    try {
      String own = Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
      Path dir = file.toAbsolutePath().getParent();
      Path meeting = dir == null ? null : dir.resolve(PublishedMeeting.FILE_NAME);
      return meeting == null || !Files.isRegularFile(meeting) ? own
          : own + MEETING_STAMP + Files.size(meeting) + ":" + Files.getLastModifiedTime(meeting).toMillis();
    } catch (IOException e) {
      return "";
    }
  }

  /** Between a file's own stamp and its meeting.json's in {@link #stamp}. */
  static final String MEETING_STAMP = "|meeting:";

  /** The meeting.json part of a {@link #stamp} ("" when none). */
  static String meetingStamp(String stamp) {
    int at = stamp == null ? -1 : stamp.indexOf(MEETING_STAMP);
    return at < 0 ? "" : stamp.substring(at);
  }

  /** Writes the per-file report, one JSON object a line. */
  public static Path writeReport(Path report, List<FileResult> results) throws IOException {
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    ObjectWriter w = PackJson.MAPPER.writer();
    try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      for (FileResult r : results) {
        out.write(w.writeValueAsString(r));
        out.write('\n');
      }
    }
    return report;
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
