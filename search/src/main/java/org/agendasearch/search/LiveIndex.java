package org.agendasearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.MMapDirectory;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.schema.Schema;

/**
 * The live index generation, opened once and shared by every query class. A generation published
 * by a reindex is opened on the next use; the old reader is closed when the last search using it
 * is done (reference counting), so a swap never fails a search in flight.
 */
public final class LiveIndex implements Closeable {

  /** How often a search looks for a newly published generation (it reads a file to know). */
  public static final long CHECK_EVERY_NANOS = 250_000_000L;

  private final IndexLayout layout;
  private final LongSupplier nanoClock;
  private final Object swapLock = new Object();
  private volatile Generation live;
  private final java.util.concurrent.atomic.AtomicLong lastCheck = new java.util.concurrent.atomic.AtomicLong();

  /**
   * An open generation: its reader, the facet state built once for that reader, and the corpus
   * folder its commit says it was built from (null for an index from before that was recorded).
   */
  public record Generation(Path dir, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Path corpus) {
    public IndexSearcher searcher() {
      return new IndexSearcher(reader);
    }
  }

  public LiveIndex(Path root) {
    this(root, System::nanoTime);
  }

  /**
   * The live index under {@code root}, timing its 250 ms look for a new generation by
   * {@code nanoClock} (a {@link System#nanoTime()} reading). The server uses the system clock; a
   * test passes a clock it advances, to show that a running service picks up a new generation
   * on its next search once the interval has passed, without sleeping through the interval.
   */
  public LiveIndex(Path root, LongSupplier nanoClock) {
    this.layout = new IndexLayout(root);
    this.nanoClock = nanoClock;
    IndexSearcher.setMaxClauseCount(4096);
    refresh();
  }

  public IndexLayout layout() {
    return layout;
  }

  /**
   * Opens the live generation if it changed since the last look; looks at most every 250 ms
   * (reading the pointer file on every query cost more than a small query itself). One search
   * looks; the searches beside it go on with the generation they have instead of queueing behind
   * the look (at 8 clients they all did, every 250 ms: the p99).
   */
  void maybeRefresh() {
    long now = nanoClock.getAsLong();
    long last = lastCheck.get();
    if ((live == null || now - last > CHECK_EVERY_NANOS) && lastCheck.compareAndSet(last, now)) {
      refresh();
    }
  }

  /**
   * Opens the live generation if another was published, or its newest commit if an incremental
   * reindex committed to it; searches in flight finish on the reader they started with.
   */
  public void refresh() {
    Optional<Path> current = layout.current();
    if (current.isEmpty()) {
      return;
    }
    synchronized (swapLock) {
      Generation g = live;
      try {
        DirectoryReader reader;
        if (g != null && g.dir().equals(current.get())) {
          reader = DirectoryReader.openIfChanged(g.reader());
          if (reader == null) {
            return;
          }
        } else {
          reader = DirectoryReader.open(new MMapDirectory(current.get()));
        }
        String corpus = reader.getIndexCommit().getUserData().get(Schema.COMMIT_CORPUS);
        live = new Generation(current.get(), reader, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()),
            corpus == null ? null : Path.of(corpus));
        if (g != null) {
          g.reader().decRef();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not open the index at " + current.get(), e);
      }
    }
  }

  /**
   * Runs {@code work} on the live generation (refreshed first), or returns {@code empty} when
   * there is no index yet.
   */
  public <T> T with(Function<Generation, T> work, T empty) {
    maybeRefresh();
    Generation g = acquire();
    if (g == null) {
      return empty;
    }
    try {
      return work.apply(g);
    } finally {
      try {
        g.reader().decRef();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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

  private Generation acquire() {
    while (true) {
      Generation g = live;
      if (g == null) {
        return null;
      }
      if (g.reader().tryIncRef()) {
        return g;
      }
      // Closed by a swap between the read of 'live' and the incRef: look again.
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (swapLock) {
      if (live != null) {
        live.reader().decRef();
        live = null;
      }
    }
  }
}
