package org.agendasearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last searches' results on one index reader, least recently used out first. Public search
 * traffic repeats itself (the front page, this week's topic); a repeat costs a map lookup instead
 * of scoring, counting facets and highlighting. Entries belong to the reader they were computed on:
 * the first search on a new reader (a reindex committed or switched generation) empties the cache,
 * so nothing stale is ever served.
 */
final class ResultCache {

  private final int capacity;
  private final Map<SearchRequest, SearchResults> entries;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private Object reader;

  ResultCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
        return size() > ResultCache.this.capacity;
      }
    };
  }

  /** The cached results of {@code request} on {@code onReader}, or null. */
  SearchResults get(Object onReader, SearchRequest request) {
    if (capacity == 0) {
      return null;
    }
    synchronized (this) {
      if (onReader != reader) {
        entries.clear();
        reader = onReader;
      }
      SearchResults r = entries.get(request);
      (r == null ? misses : hits).incrementAndGet();
      return r;
    }
  }

  /** Keeps results computed on {@code onReader}, unless the cache has moved on to a newer reader. */
  synchronized void put(Object onReader, SearchRequest request, SearchResults results) {
    if (capacity > 0 && onReader == reader) {
      entries.put(request, results);
    }
  }

  long hits() {
    return hits.get();
  }

  long misses() {
    return misses.get();
  }
}
