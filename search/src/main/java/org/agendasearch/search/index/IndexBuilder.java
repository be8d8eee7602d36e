package org.agendasearch.search.index;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.Schema;

/**
 * Builds a whole new index generation from a corpus folder: files are parsed on N threads, each
 * thread hands its records straight to the one thread-safe {@link IndexWriter}, and at most 2N
 * files are in flight, so memory does not grow with the corpus. A bad file becomes a "failed"
 * line in the report; the batch goes on. Only a complete generation is published.
 */
public final class IndexBuilder {

  private final Ingestor ingestor;
  private final int threads;

  public IndexBuilder(Ingestor ingestor, int threads) {
    this.ingestor = ingestor;
    this.threads = Math.max(1, threads);
  }

  /** The files of a corpus that we read, recursively, in a stable order. */
  public static List<Path> corpusFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile).filter(Ingestor::supports).sorted().toList();
    }
  }

  /**
   * Rebuilds the index under {@code layout} from {@code corpus}; {@code progress} hears of each
   * file as it is done (from worker threads).
   */
  public BuildSummary rebuild(Path corpus, IndexLayout layout, Consumer<FileResult> progress) throws IOException {
    long start = System.nanoTime();
    List<Path> files = corpusFiles(corpus);
    try (IndexLayout.Lock lock = layout.lock()) {
      Path generation = layout.newGeneration();
      List<FileResult> results = new ArrayList<>();
      int records;
      FacetsConfig facets = Schema.facetsConfig();
      try (Directory dir = FSDirectory.open(generation);
          IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(64))) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<FileResult>> futures = new ArrayList<>();
        try {
          for (Path file : files) {
            inFlight.acquireUninterruptibly();
            futures.add(pool.submit(() -> {
              try {
                FileResult r = indexOne(corpus, file, writer, facets);
                progress.accept(r);
                return r;
              } finally {
                inFlight.release();
              }
            }));
          }
          for (Future<FileResult> f : futures) {
            results.add(f.get());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("reindex interrupted", e);
        } catch (ExecutionException e) {
          throw new IOException("reindex failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
          pool.shutdownNow();
        }
        records = results.stream().mapToInt(FileResult::records).sum();
        if (records == 0) {
          writer.rollback();
          IndexLayout.deleteTree(generation);
          throw new IOException(files.isEmpty()
              ? "the corpus " + corpus + " has no files to index; the live index is unchanged"
              : "not one of the " + files.size() + " files could be indexed (first reason: "
                  + results.get(0).reason() + "); the live index is unchanged");
        }
        writer.setLiveCommitData(Map.of("schema_version", Integer.toString(Schema.VERSION)).entrySet());
        writer.commit();
      }
      layout.publish(generation);
      layout.pruneOldGenerations();
      Path report = writeReport(layout, generation, results);
      return new BuildSummary(results, records, Duration.ofNanos(System.nanoTime() - start), generation, report);
    }
  }

  private FileResult indexOne(Path corpus, Path file, IndexWriter writer, FacetsConfig facets) throws IOException {
    long t0 = System.nanoTime();
    String relative = corpus.relativize(file).toString();
    String sha = null;
    try {
      sha = Ingestor.sha256(file);
      Pack pack = ingestor.ingest(file);
      List<IndexRecord> records = Records.of(pack, relative);
      List<Document> docs = new ArrayList<>(records.size());
      for (IndexRecord r : records) {
        docs.add(facets.build(Schema.toDocument(r)));
      }
      writer.addDocuments(docs);
      String status = pack.warnings().isEmpty() ? "ok" : "warning";
      String reason = pack.warnings().isEmpty() ? null : String.join("; ", pack.warnings());
      return new FileResult(relative, sha, status, pack.pages().size(), records.size(), reason, millis(t0));
    } catch (ExtractionException e) {
      return new FileResult(relative, sha, "failed", 0, 0, e.getMessage(), millis(t0));
    } catch (RuntimeException e) {
      // A parser bug on one file must not stop the batch: the file is reported and skipped.
      return new FileResult(relative, sha, "failed", 0, 0,
          "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), millis(t0));
    }
  }

  private static Path writeReport(IndexLayout layout, Path generation, List<FileResult> results) throws IOException {
    Path dir = layout.root().resolve("reports");
    Files.createDirectories(dir);
    Path report = dir.resolve(generation.getFileName() + ".jsonl");
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
