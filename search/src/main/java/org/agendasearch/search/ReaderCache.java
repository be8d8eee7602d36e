package org.agendasearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the last searches computed on one index reader, least recently used out first: whole
 * results (public search traffic repeats itself: the front page, this week's topic; a repeat costs
 * a map lookup instead of scoring, counting facets and highlighting), or a query's counts (its
 * folds, total and facet counts, which its next page needs again). Entries belong to the reader
 * they were computed on: the first search on a new reader (a reindex committed or switched
 * generation) empties the cache, so nothing stale is ever served.
 *
 * @param <K> what the entries are found by (a request)
 * @param <V> what was computed
 */
final class ReaderCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private Object reader;

  ReaderCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > ReaderCache.this.capacity;
      }
    };
  }

  /** What was kept for {@code key} on {@code onReader}, or null. */
  V get(Object onReader, K key) {
    if (capacity == 0) {
      return null;
    }
    synchronized (this) {
      if (onReader != reader) {
        entries.clear();
        reader = onReader;
      }
      V r = entries.get(key);
      (r == null ? misses : hits).incrementAndGet();
      return r;
    }
  }

  /** Keeps a value computed on {@code onReader}, unless the cache has moved on to a newer reader. */
  synchronized void put(Object onReader, K key, V value) {
    if (capacity > 0 && onReader == reader) {
      entries.put(key, value);
    }
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }
}
