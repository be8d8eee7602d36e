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
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.Councils;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.Schema;

/**
 * Reindexes a corpus folder. Incremental by default: files whose SHA-256 the live index already
 * has are skipped, changed files' records are replaced, removed files' records deleted, all in one
 * Lucene commit on the live generation (atomic: a crash before it leaves the last commit). A full
 * rebuild ({@code full}, no live index, or an index of another schema version) writes a new
 * generation and switches to it only when it is complete. Files are parsed on N threads, each
 * handing its records straight to the one thread-safe {@link IndexWriter}, with at most 2N files
 * in flight, so memory does not grow with the corpus. A bad file is a "failed" line in the
 * report and the batch goes on; a changed file that now fails keeps its old records.
 */
public final class IndexBuilder {

  /** Opens the Lucene directory of a generation: the file system, or a faulty one in tests. */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path path) throws IOException;
  }

  private final Ingestor ingestor;
  private final int threads;
  private final DirectoryOpener directories;
  /** The stamp of a reindex ({@link Schema#FIRST_INDEXED}): the wall clock, or a fixed one in tests. */
  private java.util.function.LongSupplier clock = System::currentTimeMillis;

  public IndexBuilder(Ingestor ingestor, int threads) {
    this(ingestor, threads, FSDirectory::open);
  }

  IndexBuilder(Ingestor ingestor, int threads, DirectoryOpener directories) {
    this.ingestor = ingestor;
    this.threads = Math.max(1, threads);
    this.directories = directories;
  }

  /** The same builder stamping new records with {@code clock}'s time (epoch millis; tests set their own). */
  public IndexBuilder clock(java.util.function.LongSupplier clock) {
    this.clock = clock;
    return this;
  }

  /** The files of a corpus that we read, recursively, in a stable order. */
  public static List<Path> corpusFiles(Path corpus) throws IOException {
    return CorpusReader.corpusFiles(corpus);
  }

  /** This builder as a {@link Reindexer} of the index under {@code layout}, by council too. */
  public Reindexer into(IndexLayout layout) {
    return new Reindexer() {
      @Override
      public BuildSummary reindex(Path corpus, boolean full, ReindexListener listener, Path report) throws IOException {
        return IndexBuilder.this.reindex(corpus, layout, full, CouncilScope.ALL, listener, report);
      }

      @Override
      public BuildSummary reindex(Path corpus, boolean full, CouncilScope scope, ReindexListener listener, Path report)
          throws IOException {
        return IndexBuilder.this.reindex(corpus, layout, full, scope, listener, report);
      }
    };
  }

  /** A full rebuild into a new generation (what a first index and {@code --full} do). */
  public BuildSummary rebuild(Path corpus, IndexLayout layout, ReindexListener listener) throws IOException {
    return reindex(corpus, layout, true, listener, null);
  }

  /**
   * Brings the index under {@code layout} up to date with {@code corpus}.
   *
   * @param full read every file into a new generation even when an incremental update would do
   * @param report where to write the per-file report (JSON lines), or null for beside the index
   */
  public BuildSummary reindex(Path corpus, IndexLayout layout, boolean full, ReindexListener listener, Path report)
      throws IOException {
    return reindex(corpus, layout, full, CouncilScope.ALL, listener, report);
  }

  /**
   * As {@link #reindex(Path, IndexLayout, boolean, ReindexListener, Path)}, touching only the
   * councils in {@code scope}: in the live generation, in place (the index lock makes runs one at a
   * time); {@code full} then reads every file in scope again. With no index yet, a scoped run builds
   * one of its councils only. It refuses an index of another schema version or built from another
   * corpus folder, since bringing those up to date means reading every council.
   */
  public BuildSummary reindex(Path corpus, IndexLayout layout, boolean full, CouncilScope scope,
      ReindexListener listener, Path report) throws IOException {
    long start = System.nanoTime();
    if (!Files.isDirectory(corpus)) {
      throw new IOException("no corpus folder at " + corpus);
    }
    try (IndexLayout.Lock lock = layout.lock()) {
      List<Path> files = corpusFiles(corpus);
      Councils councils = Councils.load(corpus);
      Optional<Path> live = layout.current();
      Optional<IndexedFiles> indexed = live.isPresent() ? IndexedFiles.of(live.get()) : Optional.empty();
      java.util.Set<String> indexedCouncils = new java.util.HashSet<>();
      indexed.ifPresent(i -> i.sha256BySource().keySet().forEach(f -> indexedCouncils.add(CouncilScope.slugOf(councils, f))));
      scope.check(corpus, councils, files, indexedCouncils::contains);
      files = scope.files(corpus, councils, files);
      String corpusName = corpus.toAbsolutePath().normalize().toString();
      if (!scope.all() && indexed.isPresent()) {
        refuseScoped(indexed.get(), corpusName);
      }
      boolean rebuild = (full && scope.all()) || indexed.isEmpty() || indexed.get().schemaVersion() != Schema.VERSION;
      Map<String, String> known = rebuild ? Map.of() : scope.bySource(councils, indexed.get().sha256BySource());
      Map<String, String> stamps = rebuild ? Map.of() : indexed.get().stampBySource();

      // From another folder, even an unchanged set of files is committed again, to record where they are now.
      boolean moved = !rebuild && !corpusName.equals(indexed.get().corpus());
      ReindexPlan plan = full && !rebuild ? ReindexPlan.everything(corpus, files, known)
          : ReindexPlan.of(corpus, files, known, stamps);
      List<Path> toRead = plan.toRead();
      int unchanged = plan.unchanged();
      List<String> removed = plan.removed();
      listener.planned(toRead.size(), unchanged, removed.size(), rebuild);
      listener.plannedFiles(toRead);
      StopPoints.reached(StopPoints.PLANNED);
      if (!rebuild && !moved && toRead.isEmpty() && removed.isEmpty()) {
        // Nothing changed: no writer to open, no commit to make.
        Path reportFile = writeReport(reportPath(report, layout, live.get()), List.of());
        return new BuildSummary(List.of(), unchanged, 0, 0, Duration.ofNanos(System.nanoTime() - start), live.get().toString(),
            reportFile, false);
      }

      Path generation = rebuild ? layout.newGeneration() : live.get();
      List<FileResult> results;
      int records;
      boolean committed = false;
      try (FirstIndexed firstIndexed = FirstIndexed.of(live, clock.getAsLong());
          Directory dir = directories.open(generation);
          IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer())
              .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
              .setRAMBufferSizeMB(64)
              // A rebuild's segments are written once, in a generation of their own: packing each
              // into a compound file would copy it again at the commit, for no fewer open files
              // that matter. An incremental update's small segments stay compound.
              .setUseCompoundFile(!rebuild))) {
        for (String gone : removed) {
          writer.deleteDocuments(new Term(Schema.SOURCE, gone));
        }
        FacetsConfig facets = Schema.facetsConfig();
        results = new CorpusReader(ingestor, threads).readAll(corpus, toRead, (source, recs) -> {
          List<Document> docs = new ArrayList<>(recs.size());
          for (IndexRecord r : recs) {
            docs.add(facets.build(Schema.toDocument(r, firstIndexed.of(r.id()))));
          }
          if (rebuild) {
            writer.addDocuments(docs); // a new generation has no old records to delete
          } else {
            // One call deletes the file's old records and adds its new ones.
            writer.updateDocuments(new Term(Schema.SOURCE, source), docs);
          }
          StopPoints.reached(StopPoints.INDEXING);
        }, listener);
        records = results.stream().mapToInt(FileResult::records).sum();
        if (rebuild && records == 0) {
          writer.rollback();
          throw new IOException(files.isEmpty()
              ? "the corpus " + corpus + " has no files to index; the live index is unchanged"
              : "not one of the " + files.size() + " files could be indexed (first reason: "
                  + results.get(0).reason() + "); the live index is unchanged");
        }
        if (rebuild || moved || !toRead.isEmpty() || !removed.isEmpty()) {
          writer.setLiveCommitData(Map.of(Schema.COMMIT_SCHEMA_VERSION, Integer.toString(Schema.VERSION),
              Schema.COMMIT_CORPUS, corpusName).entrySet());
          StopPoints.reached(StopPoints.COMMITTING);
          writer.commit();
          StopPoints.reached(StopPoints.COMMITTED);
        }
        committed = true;
      } finally {
        if (rebuild && !committed) {
          IndexLayout.deleteTree(generation);
        }
      }
      if (rebuild) {
        layout.publish(generation);
        StopPoints.reached(StopPoints.PUBLISHED);
        layout.pruneOldGenerations();
      }
      Path reportFile = writeReport(reportPath(report, layout, generation), results);
      return new BuildSummary(results, unchanged, removed.size(), records, Duration.ofNanos(System.nanoTime() - start),
          generation.toString(), reportFile, rebuild);
    }
  }

  /** A scoped run updates in place, so only an index of this schema built from this corpus folder. */
  private static void refuseScoped(IndexedFiles indexed, String corpusName) throws IOException {
    if (indexed.schemaVersion() != Schema.VERSION) {
      throw new IOException("the index was built with schema version " + indexed.schemaVersion() + ", this is "
          + Schema.VERSION + ": every council must be read again; run agenda reindex without --council");
    }
    if (indexed.corpus() != null && !indexed.corpus().equals(corpusName)) {
      throw new IOException("the index was built from " + indexed.corpus() + ", not " + corpusName
          + "; reindex one council from the same folder, or every council (without --council) from this one");
    }
  }

  /** The report file asked for, or a new one beside the index named after the generation. */
  private static Path reportPath(Path asked, IndexLayout layout, Path generation) {
    return asked != null ? asked : layout.root().resolve("reports")
        .resolve(generation.getFileName() + "-" + System.currentTimeMillis() + ".jsonl");
  }

  private static Path writeReport(Path report, List<FileResult> results) throws IOException {
    return CorpusReader.writeReport(report, results);
  }
}
