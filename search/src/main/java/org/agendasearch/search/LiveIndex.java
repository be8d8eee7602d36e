package org.agendasearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.MMapDirectory;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.schema.Schema;

/**
 * The live index generation, opened once and shared by every query class. Lucene's {@link
 * SearcherManager} holds the open reader of the live generation's folder: a background thread
 * looks every {@link #REFRESH_EVERY} for a commit to that folder ({@link
 * SearcherManager#maybeRefresh}) or for another generation published by a full reindex (a new
 * manager on the new folder), so a search never waits on that look. The old reader is closed when
 * the last search using it is done (reference counting), so a swap never fails a search in flight.
 *
 * <p>Lucene's {@code ControlledRealTimeReopenThread} would need the {@code IndexWriter}; the index
 * is written by a reindex, in this process or another, so a periodic look it is.
 */
public final class LiveIndex implements Closeable {

  /** How often the background thread looks for a new commit or generation. */
  public static final Duration REFRESH_EVERY = Duration.ofMillis(250);

  private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

  private final IndexLayout layout;
  private final Object swapLock = new Object();
  private final ScheduledExecutorService refresher;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Opened opened;

  /** The manager of one generation's folder. */
  private record Opened(Path dir, SearcherManager manager) {}

  /**
   * An open generation: its reader, the facet state built once for that reader, and the corpus
   * folder its commit says it was built from (null for an index from before that was recorded).
   */
  public record Generation(Path dir, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Path corpus) {
    /**
     * A searcher of its own for one search: a search sets its time limit on the searcher, which
     * must not reach the searches beside it (an {@link IndexSearcher} costs next to nothing).
     */
    public IndexSearcher searcher() {
      return new IndexSearcher(reader);
    }
  }

  /** The live index under {@code root}, refreshed in the background every {@link #REFRESH_EVERY}. */
  public LiveIndex(Path root) {
    this(root, REFRESH_EVERY);
  }

  /**
   * The live index under {@code root}, refreshed in the background every {@code refreshEvery}, or
   * only when {@link #refresh()} is called if it is zero.
   */
  public LiveIndex(Path root, Duration refreshEvery) {
    this.layout = new IndexLayout(root);
    IndexSearcher.setMaxClauseCount(4096);
    refresh();
    if (refreshEvery.isZero()) {
      refresher = null;
    } else {
      refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-refresh " + root.getFileName());
        t.setDaemon(true);
        return t;
      });
      long ms = refreshEvery.toMillis();
      refresher.scheduleWithFixedDelay(this::refreshInBackground, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  public IndexLayout layout() {
    return layout;
  }

  /**
   * Runs {@code onRefresh} each time searches start to see another reader (a commit or another
   * generation), on the thread that opened it.
   */
  public void onRefresh(Runnable onRefresh) {
    listeners.add(onRefresh);
  }

  private void refreshInBackground() {
    try {
      refresh();
    } catch (UncheckedIOException e) {
      // The next look tries again (a generation deleted while being opened, a full disk): the
      // searches go on with the reader they have.
      LOG.log(System.Logger.Level.WARNING, "could not refresh the index: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the live generation if another was published, or its newest commit if an incremental
   * reindex committed to it, and returns once searches see it; searches in flight finish on the
   * reader they started with.
   */
  public void refresh() {
    Optional<Path> current = layout.current();
    if (current.isEmpty()) {
      return;
    }
    synchronized (swapLock) {
      Opened o = opened;
      try {
        if (o != null && o.dir().equals(current.get())) {
          o.manager().maybeRefreshBlocking();
          return;
        }
        Path dir = current.get();
        SearcherManager manager = new SearcherManager(new MMapDirectory(dir), new GenerationFactory(dir));
        manager.addListener(new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
              listeners.forEach(Runnable::run);
            }
          }
        });
        opened = new Opened(dir, manager);
        if (o != null) {
          o.manager().close(); // the old reader closes once the searches holding it release it
        }
        listeners.forEach(Runnable::run);
      } catch (IOException e) {
        throw new UncheckedIOException("could not open the index at " + current.get(), e);
      }
    }
  }

  /** Builds each new reader's {@link Generation} once, on the refreshing thread, not in a search. */
  private static final class GenerationFactory extends SearcherFactory {
    private final Path dir;

    GenerationFactory(Path dir) {
      this.dir = dir;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      DirectoryReader r = (DirectoryReader) reader;
      String corpus = r.getIndexCommit().getUserData().get(Schema.COMMIT_CORPUS);
      return new GenerationSearcher(new Generation(dir, r, new DefaultSortedSetDocValuesReaderState(r, Schema.facetsConfig()),
          corpus == null ? null : Path.of(corpus)));
    }
  }

  /** What the manager hands out: a searcher that carries its reader's {@link Generation}. */
  private static final class GenerationSearcher extends IndexSearcher {
    final Generation generation;

    GenerationSearcher(Generation generation) {
      super(generation.reader());
      this.generation = generation;
    }
  }

  /**
   * Runs {@code work} on the live generation as it is now, or returns {@code empty} when there is
   * no index yet. Nothing here looks for a newer one: the background thread does.
   */
  public <T> T with(Function<Generation, T> work, T empty) {
    while (true) {
      Opened o = opened;
      if (o == null) {
        return empty;
      }
      IndexSearcher searcher;
      try {
        searcher = o.manager().acquire();
      } catch (AlreadyClosedException e) {
        if (opened != o) {
          continue; // swapped for another generation between the read of 'opened' and the acquire
        }
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return work.apply(((GenerationSearcher) searcher).generation);
      } finally {
        try {
          o.manager().release(searcher);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The corpus folder the live index was built from, if its commit records it. */
  public Optional<Path> corpus() {
    return with(g -> Optional.ofNullable(g.corpus()), Optional.empty());
  }

  /**
   * The newest first-indexed stamp among the live index's records ({@link
   * org.agendasearch.search.schema.Schema#FIRST_INDEXED}): the start of the last reindex that added
   * a record and is committed; empty with no index or no records.
   */
  public java.util.OptionalLong newestFirstIndexed() {
    return with(g -> {
      long max = Long.MIN_VALUE;
      try {
        for (org.apache.lucene.index.LeafReaderContext leaf : g.reader().leaves()) {
          org.apache.lucene.index.PointValues points = leaf.reader().getPointValues(org.agendasearch.search.schema.Schema.FIRST_INDEXED);
          if (points != null && points.size() > 0) {
            max = Math.max(max, org.apache.lucene.document.LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return max == Long.MIN_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(max);
    }, java.util.OptionalLong.empty());
  }

  /** How many records the live index holds. */
  public int recordCount() {
    return with(g -> g.reader().numDocs(), 0);
  }

  @Override
  public void close() throws IOException {
    if (refresher != null) {
      refresher.shutdownNow();
      try {
        refresher.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (swapLock) {
      if (opened != null) {
        opened.manager().close();
        opened = null;
      }
    }
  }
}
