package org.agendasearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.query.TypeWeighting;
import org.agendasearch.search.query.UserQueryParser;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Searches the live index generation. Safe for many threads: each search acquires the current
 * reader; a new commit or generation is opened by {@link LiveIndex}'s background refresh (the old
 * reader is closed once the searches using it are done). A query's counts (folds, total, facets)
 * are kept per reader for its other pages, and whole results for repeats.
 */
public final class SearchService implements Closeable {

  private static final int FACET_TOP = 50;
  /** The facet dimensions every search counts, in the order results list them. */
  public static final List<String> FACETS = List.of(Schema.FACET_COUNCIL, Schema.FACET_COMMITTEE, Schema.FACET_YEAR,
      Schema.FACET_TYPE, Schema.FACET_PERSON);
  /** Searches whose results are kept per index reader (a page of results is a few kB). */
  public static final int DEFAULT_CACHE = 256;
  /**
   * Queries whose counts (folds, total, facet counts) are kept per index reader, for their other
   * pages: an entry holds a bit set per segment and the folded pages of every match (up to a few
   * MB for a query that matches most of 150,000 records), hence fewer than whole results.
   */
  public static final int DEFAULT_COUNT_CACHE = 32;
  /** A search that runs longer is stopped (a 400 for the client, never a stuck thread). */
  public static final long QUERY_TIME_LIMIT_MS = 3_000;

  private final LiveIndex index;
  private final boolean ownsIndex;
  private final Analyzer analyzer = Schema.analyzer();
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final UserQueryParser parser = new UserQueryParser(analyzer);
  private long timeLimitMs = QUERY_TIME_LIMIT_MS;
  private volatile ReaderCache<SearchRequest, SearchResults> cache = new ReaderCache<>(DEFAULT_CACHE);
  private volatile ReaderCache<CountsKey, Counts> counts = new ReaderCache<>(DEFAULT_COUNT_CACHE);
  private final AtomicLong countPasses = new AtomicLong();
  private boolean twoScoringPasses;

  /**
   * What a query's every page shares: the folded matches, the total and the facet counts, all
   * computed over every match. Page 2 reuses them and searches for its hits alone.
   */
  private record Counts(PageFolds folds, long total, Map<String, List<FacetCount>> facets) {}

  /** Counts just computed, with the hits of the request they were computed for. */
  private record Counted(Counts counts, TopDocs top) {}

  /** A query's counts are found by its first page (any page, any size) and whether it was relaxed. */
  private record CountsKey(SearchRequest firstPage, boolean relaxed) {}

  /** Searches the live index that other services share. */
  public SearchService(LiveIndex index) {
    this.index = index;
    this.ownsIndex = false;
  }

  /** Opens the index under {@code indexRoot} for this service alone (closed with it). */
  public SearchService(Path indexRoot) {
    this.index = new LiveIndex(indexRoot);
    this.ownsIndex = true;
  }

  public LiveIndex index() {
    return index;
  }

  /** Sets the per-search time limit (3 s by default). */
  public SearchService timeLimit(long millis) {
    this.timeLimitMs = millis;
    return this;
  }

  /** Keeps the results of the last {@code entries} searches (0: none); see {@link ReaderCache}. */
  public SearchService cacheSize(int entries) {
    this.cache = new ReaderCache<>(Math.max(0, entries));
    return this;
  }

  /** Keeps the counts of the last {@code entries} queries (0: none), for their other pages. */
  public SearchService countCacheSize(int entries) {
    this.counts = new ReaderCache<>(Math.max(0, entries));
    return this;
  }

  /**
   * Scores every match twice, as before the fold pass recorded its scores (the counting search
   * scoring the query again): only for tests, to show that both give the same results.
   */
  SearchService twoScoringPasses(boolean on) {
    this.twoScoringPasses = on;
    return this;
  }

  /** How many times the counts (folds, total, facets) were computed over every match, since the start. */
  public long countPasses() {
    return countPasses.get();
  }

  /** Searches answered from the result cache, and searches run, since the cache was sized. */
  public long[] cacheCounts() {
    return new long[] {cache.hits(), cache.misses()};
  }

  /** Opens a newly published generation, if any. */
  public void refresh() {
    index.refresh();
  }

  /** How many records the live index holds. */
  public int recordCount() {
    return index.recordCount();
  }

  /** Runs a search. Throws {@link InvalidQueryException} for what the person should change. */
  public SearchResults search(SearchRequest request) {
    SearchResults none = new SearchResults(0, request.page(), request.size(), List.of(), Map.of(), false, null);
    return index.with(g -> {
      SearchResults cached = cache.get(g.reader(), request);
      if (cached != null) {
        return cached;
      }
      SearchResults results = SearchFallbacks.search(request, (req, relaxed) -> {
        try {
          return run(g, req, relaxed);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, words -> Suggester.corrections(g.reader(), words));
      cache.put(g.reader(), request, results);
      return results;
    }, none);
  }

  /**
   * The same query, filters and sort on the bare {@link IndexSearcher}: no facets, no snippets,
   * no stored fields. Only for the benchmark, to show what the rest of a search costs.
   */
  public long bareSearch(SearchRequest request) {
    return bareSearch(request, false);
  }

  /**
   * {@link #bareSearch}, with {@code exactTotal} counting every match as a full search must (no
   * skipping past what cannot reach the top hits): what an exact total costs at least.
   */
  public long bareSearch(SearchRequest request, boolean exactTotal) {
    return index.with(g -> {
      try {
        DrillDownQuery q = query(parser.parse(request.query(), false), request, null);
        int n = request.page() * request.size();
        Sort sort = sort(request.sort());
        TopDocs top = exactTotal ? g.searcher().search(q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE))
            : g.searcher().search(q, n, sort);
        return top.totalHits.value();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, 0L);
  }

  /** The Lucene query for a request: its parsed words, weighted by type, the date range and the facet filters. */
  private DrillDownQuery query(Query userQuery, SearchRequest request, Query excluded) {
    return drillDown(base(userQuery, request, excluded), request);
  }

  /** The request's words, weighted by type, with its date range; without {@code excluded} (if not null). */
  private static Query base(Query userQuery, SearchRequest request, Query excluded) {
    Query weighted = TypeWeighting.weigh(userQuery);
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(weighted, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      base.add(LongPoint.newRangeQuery(Schema.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (request.indexedAfter() > 0) {
      base.add(LongPoint.newRangeQuery(Schema.FIRST_INDEXED, request.indexedAfter() + 1, Long.MAX_VALUE),
          BooleanClause.Occur.FILTER);
    }
    if (excluded != null) {
      base.add(excluded, BooleanClause.Occur.MUST_NOT);
    }
    return base.build();
  }

  /** {@code base} with the request's facet filters. */
  private DrillDownQuery drillDown(Query base, SearchRequest request) {
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
    if (!request.councils().isEmpty()) {
      // By slug or by name: a custom drill-down query, which drill sideways counts like any other.
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String c : request.councils()) {
        any.add(new TermQuery(new Term(Schema.COUNCIL_SLUG, c.strip())), BooleanClause.Occur.SHOULD);
        any.add(new TermQuery(new Term(Schema.COUNCIL_KEY, Committees.key(c))), BooleanClause.Occur.SHOULD);
      }
      ddq.add(Schema.FACET_COUNCIL, any.build());
    }
    if (!request.committees().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String c : request.committees()) {
        CommitteeFilter f = CommitteeFilter.of(c);
        BooleanQuery.Builder one = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.COMMITTEE_KEY, f.committeeKey())), BooleanClause.Occur.FILTER);
        if (f.councilKey() != null) {
          one.add(new TermQuery(new Term(Schema.COUNCIL_KEY, f.councilKey())), BooleanClause.Occur.FILTER);
        }
        any.add(one.build(), BooleanClause.Occur.SHOULD);
      }
      ddq.add(Schema.FACET_COMMITTEE, new ConstantScoreQuery(any.build()));
    }
    for (Integer y : request.years()) {
      ddq.add(Schema.FACET_YEAR, Integer.toString(y));
    }
    for (String t : request.types()) {
      ddq.add(Schema.FACET_TYPE, t);
    }
    for (String p : request.people()) {
      ddq.add(Schema.FACET_PERSON, p);
    }
    return ddq;
  }

  private SearchResults run(LiveIndex.Generation g, SearchRequest request, boolean relaxed) throws IOException {
    Query userQuery = parser.parse(request.query(), relaxed);
    IndexSearcher searcher = g.searcher();
    boolean drillsDown = request.drillsDown();
    if (!drillsDown) {
      // Lucene's drill-sideways scorer cannot run in the time-limited bulk scorer's windows, so
      // the limit applies to searches without facet filters: the open-ended, expensive ones.
      searcher.setTimeout(new QueryTimeoutImpl(timeLimitMs));
    }
    int topN = request.page() * request.size();
    CountsKey key = new CountsKey(request.firstPage(), relaxed);
    Counts known = counts.get(g.reader(), key);
    TopDocs top;
    if (known == null) {
      Counted counted = count(g, searcher, userQuery, request, topN);
      known = counted.counts();
      counts.put(g.reader(), key, known);
      top = counted.top();
    } else {
      // The counts of this query on this reader are known: search for this page's hits alone
      // (the total need not be exact, so the top hits can skip what cannot compete).
      top = searcher.search(query(userQuery, request, known.folds().foldedCount() == 0 ? null : known.folds().foldedPages()),
          topN, sort(request.sort()), true);
    }
    if (searcher.timedOut()) {
      throw InvalidQueryException.tookLongerThan(timeLimitMs);
    }
    int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.size());
    ScoreDoc[] shown = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    return new SearchResults(known.total(), request.page(), request.size(),
        hits(searcher, shown, userQuery, known.folds()), known.facets(), relaxed, null);
  }

  /**
   * Folds the matches, then counts the total and the facets over every match, with the top
   * {@code topN} hits of the same pass.
   */
  private Counted count(LiveIndex.Generation g, IndexSearcher searcher, Query userQuery, SearchRequest request, int topN)
      throws IOException {
    countPasses.incrementAndGet();
    // Fold first, so that the total, the facets and the pages count the hits people see. The
    // facet filters are left out of the pass: one set of folded pages for the results and for
    // every sideways count, so that a facet's count is what choosing it shows.
    // The pass records every match with its score, so that the counting search below walks those
    // (less the folded ones) instead of scoring every match again.
    ScoredMatches matches = twoScoringPasses ? null : new ScoredMatches(searcher.getIndexReader().leaves());
    PageFolds folds = PageFolds.of(searcher, query(userQuery, unfiltered(request), null), matches);
    if (searcher.timedOut()) {
      throw InvalidQueryException.tookLongerThan(timeLimitMs);
    }
    DrillDownQuery ddq = matches != null ? drillDown(matches.unfolded(folds), request)
        : query(userQuery, request, folds.foldedCount() == 0 ? null : folds.foldedPages());
    DrillSideways ds = new DrillSideways(searcher, facetsConfig, g.facetState());
    DrillSideways.DrillSidewaysResult r = ds.search(ddq, null, null, topN, sort(request.sort()), true);
    if (searcher.timedOut()) {
      throw InvalidQueryException.tookLongerThan(timeLimitMs);
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : FACETS) {
      FacetResult fr = r.facets.getTopChildren(FACET_TOP, dim);
      List<FacetCount> values = new ArrayList<>();
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.intValue()));
        }
      }
      if (dim.equals(Schema.FACET_YEAR)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(dim, dim.equals(Schema.FACET_COMMITTEE) ? CommitteeFilter.present(values) : Collections.unmodifiableList(values));
    }
    return new Counted(new Counts(folds, r.hits.totalHits.value(), Collections.unmodifiableMap(facets)), r.hits);
  }

  private static SearchRequest unfiltered(SearchRequest r) {
    return new SearchRequest(r.query(), List.of(), List.of(), List.of(), r.from(), r.to(), r.sort(), r.page(), r.size(),
        List.of(), r.indexedAfter(), List.of());
  }

  private static Sort sort(SearchRequest.Sort sort) {
    return switch (sort) {
      // Equal scores (two reports cut at the same length) in document order, not in the order a
      // multi-threaded reindex happened to add them: the same on every run and on every backend.
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, DOCUMENT_ORDER, ORDINAL_ORDER);
      case NEWEST -> new Sort(byDate(true), SortField.FIELD_SCORE, DOCUMENT_ORDER, ORDINAL_ORDER);
      case OLDEST -> new Sort(byDate(false), SortField.FIELD_SCORE, DOCUMENT_ORDER, ORDINAL_ORDER);
    };
  }

  /** Records of one date and score in document order (a meeting's resolutions as minuted). */
  private static final SortField DOCUMENT_ORDER = new SortField(Schema.DOCUMENT_SORT, SortField.Type.STRING);
  private static final SortField ORDINAL_ORDER = new SortField(Schema.ORDINAL_SORT, SortField.Type.INT);

  /** Sort by meeting date; undated records come last either way. */
  private static SortField byDate(boolean newestFirst) {
    SortField f = new SortField(Schema.DATE_SORT, SortField.Type.LONG, newestFirst);
    f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }

  /**
   * The hits for Lucene's results: each highlighted where its words are (a record over several
   * pages on its best-matching page, which its link then opens), with its other matching pages.
   */
  private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query query, PageFolds folds)
      throws IOException {
    int[] highlightDocs = new int[docs.length];
    int[] pages = new int[docs.length];
    List<List<Integer>> morePages = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      List<Folding.PageMatch<Integer>> matches = folds.pagesOf(docs[i].doc);
      highlightDocs[i] = matches.isEmpty() ? docs[i].doc : matches.get(0).key();
      pages[i] = matches.isEmpty() ? 0 : matches.get(0).page();
      morePages.add(matches.stream().skip(1).map(Folding.PageMatch::page).toList());
    }
    Snippet[] snippets = new SnippetHighlighter(searcher, analyzer).snippets(query, highlightDocs);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    Map<String, String> meetingOf = new java.util.HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      StoredRecord record = MeetingStore.stored(stored.document(docs[i].doc));
      SearchHit hit = Hits.of(record, docs[i].score, snippets[i], pages[i], morePages.get(i));
      List<SearchHit.Copy> copies = new ArrayList<>();
      for (int copy : folds.copiesOf(docs[i].doc)) {
        StoredRecord c = MeetingStore.stored(stored.document(copy));
        copies.add(new SearchHit.Copy(c.get(Schema.DOCUMENT_ID), c.get(Schema.SOURCE), c.intValue(Schema.PAGE)));
      }
      String minutesOf = record.get(Schema.MINUTES_OF);
      String meeting = minutesOf == null ? hit.meetingId()
          : meetingOf.computeIfAbsent(minutesOf, k -> MeetingStore.meetingIdOf(searcher, k).orElse(null));
      hits.add(hit.with(meeting == null ? hit.meetingId() : meeting, copies));
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    if (ownsIndex) {
      index.close();
    }
  }
}
