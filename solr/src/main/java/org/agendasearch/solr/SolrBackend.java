package org.agendasearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.RemoteSolrException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.CommitteeSummary;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.Hits;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.MeetingViews;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.Snippet;
import org.agendasearch.search.Suggester;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.SearchUnavailableException;
import org.agendasearch.search.StoredRecord;
import org.agendasearch.search.SearchFallbacks;
import org.agendasearch.search.SearchService;
import org.agendasearch.search.index.Records;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.query.UserQueryParser;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Search on a SolrCloud collection (through its alias), answering as {@link
 * org.agendasearch.search.LuceneBackend} does: the same parsed query written in Solr's syntax, the
 * same type weights, filters and facet counts (each dimension counted without its own filter),
 * the same highlighter settings, and the hits folded by the same code.
 */
public final class SolrBackend implements SearchBackend {

  /** The embedded index's limit: a longer search is stopped (Solr's timeAllowed) and told as a 400. */
  static final long QUERY_TIME_LIMIT_MS = SearchService.QUERY_TIME_LIMIT_MS;
  private static final int FACET_TOP = 50;
  private static final int MAX_RECORDS = 100_000;
  /** The stored fields hits and meeting pages are built from. */
  private static final String STORED = String.join(",", Schema.ID, Schema.TYPE, Schema.DOCUMENT_ID, Schema.SOURCE,
      Schema.COMMITTEE, Schema.DATE_DISPLAY, Schema.TITLE_DISPLAY, Schema.ITEM_NUMBER, Schema.PAGE, Schema.ORDINAL,
      Schema.MEETING_ID, Schema.TIME, Schema.VENUE, Schema.AUTHOR, Schema.KIND, Schema.TEXT, Schema.MINUTES_OF);

  /** As the embedded index: records of one date and score in document order. */
  private static final String DOCUMENT_ORDER = Schema.DOCUMENT_SORT + " asc," + Schema.ORDINAL_SORT + " asc";

  private final SolrSettings settings;
  private final CloudSolrClient client;
  private final UserQueryParser parser = new UserQueryParser(Schema.analyzer());

  public SolrBackend(SolrSettings settings) {
    this.settings = settings;
    this.client = SolrClients.cloud(settings);
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return SearchFallbacks.search(request, this::run, this::corrections);
  }

  private SearchResults run(SearchRequest request, boolean relaxed) {
    Query userQuery = parser.parse(request.query(), relaxed);
    String q = SolrQueryWriter.write(userQuery);
    SolrQuery sq = new SolrQuery();
    sq.set("q", "{!boost b=field(" + Schema.TYPE_WEIGHT + ") v=$qq}");
    sq.set("qq", q);
    filters(request, sq);
    int topN = request.page() * request.size();
    sq.setStart(0);
    sq.setRows(topN + request.size()); // as the embedded index: a few more, so folding does not leave the page short
    sq.set("fl", STORED + ",score");
    switch (request.sort()) {
      case NEWEST -> sq.set("sort", Schema.DATE_SORT + " desc,score desc," + DOCUMENT_ORDER);
      case OLDEST -> sq.set("sort", Schema.DATE_SORT + " asc,score desc," + DOCUMENT_ORDER);
      case RELEVANCE -> { }
    }
    sq.set("timeAllowed", Long.toString(QUERY_TIME_LIMIT_MS));
    facets(sq);
    highlighting(sq, q);
    QueryResponse rsp = query(sq);
    if (rsp == null) {
      return new SearchResults(0, request.page(), request.size(), List.of(), Map.of(), false, null);
    }
    Object partial = rsp.getHeader() == null ? null : rsp.getHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial)) {
      throw InvalidQueryException.tookLongerThan(QUERY_TIME_LIMIT_MS);
    }
    SolrDocumentList docs = rsp.getResults();
    Map<String, Map<String, List<String>>> hl = rsp.getHighlighting();
    // Folds within the fetched window only (a page hit whose page a record of the same file on this
    // window starts on): unlike the embedded index, the total may still count folded pages.
    List<SearchHit> hits = new ArrayList<>(docs.size());
    java.util.Set<String> recordPages = new java.util.HashSet<>();
    for (SolrDocument d : docs) {
      if (!RecordType.PAGE.key().equals(d.getFieldValue(Schema.TYPE))) {
        recordPages.add(d.getFieldValue(Schema.DOCUMENT_ID) + "#" + d.getFieldValue(Schema.PAGE));
      }
    }
    int folded = 0;
    Map<String, String> meetings = new java.util.HashMap<>();
    for (SolrDocument d : docs) {
      String id = (String) d.getFieldValue(Schema.ID);
      if (RecordType.PAGE.key().equals(d.getFieldValue(Schema.TYPE))
          && recordPages.contains(d.getFieldValue(Schema.DOCUMENT_ID) + "#" + d.getFieldValue(Schema.PAGE))) {
        folded++;
        continue;
      }
      List<String> passages = hl == null || hl.get(id) == null ? null : hl.get(id).get(Schema.TEXT);
      Snippet snippet = passages == null || passages.isEmpty() ? null
          : Snippet.fromHtml(String.join(" " + Snippet.ELLIPSIS + " ", passages));
      Object score = d.getFieldValue("score");
      SearchHit hit = Hits.of(stored(d), score instanceof Number n ? n.floatValue() : 0f, snippet, 0, List.of());
      hits.add(hit.with(meetingOf(hit, (String) d.getFieldValue(Schema.MINUTES_OF), meetings), List.of()));
    }
    int from = Math.min(hits.size(), (request.page() - 1) * request.size());
    int to = Math.min(hits.size(), from + request.size());
    return new SearchResults(docs.getNumFound() - folded, request.page(), request.size(),
        List.copyOf(hits.subList(from, to)),
        facetCounts(rsp), relaxed, null);
  }

  /** Date range and facet filters, each facet filter tagged so its own dimension is counted without it. */
  private static void filters(SearchRequest request, SolrQuery sq) {
    if (request.from() != null || request.to() != null) {
      String lo = request.from() == null ? "*" : Long.toString(request.from().toEpochDay());
      String hi = request.to() == null ? "*" : Long.toString(request.to().toEpochDay());
      sq.addFilterQuery(Schema.DATE + ":[" + lo + " TO " + hi + "]");
    }
    if (!request.committees().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_COMMITTEE, SolrDocuments.FACET_COMMITTEE, request.committees().stream()
          .map(c -> Schema.committeeLabel(Committees.key(c))).toList()));
    }
    if (!request.years().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_YEAR, SolrDocuments.FACET_YEAR,
          request.years().stream().map(String::valueOf).toList()));
    }
    if (!request.types().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_TYPE, Schema.TYPE, request.types()));
    }
  }

  private static String anyOf(String tag, String field, List<String> values) {
    return "{!tag=" + tag + "}" + field + ":(" + values.stream()
        .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(" OR ")) + ")";
  }

  private static void facets(SolrQuery sq) {
    sq.setFacet(true);
    sq.setFacetLimit(FACET_TOP);
    sq.setFacetMinCount(1);
    sq.setFacetSort("count");
    sq.addFacetField("{!ex=" + Schema.FACET_COMMITTEE + " key=" + Schema.FACET_COMMITTEE + "}"
        + SolrDocuments.FACET_COMMITTEE);
    sq.addFacetField("{!ex=" + Schema.FACET_YEAR + " key=" + Schema.FACET_YEAR + "}" + SolrDocuments.FACET_YEAR);
    sq.addFacetField("{!ex=" + Schema.FACET_TYPE + " key=" + Schema.FACET_TYPE + "}" + Schema.TYPE);
  }

  private static Map<String, List<FacetCount>> facetCounts(QueryResponse rsp) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : List.of(Schema.FACET_COMMITTEE, Schema.FACET_YEAR, Schema.FACET_TYPE)) {
      FacetField f = rsp.getFacetField(dim);
      List<FacetCount> counts = new ArrayList<>();
      if (f != null && f.getValues() != null) {
        for (FacetField.Count c : f.getValues()) {
          counts.add(new FacetCount(c.getName(), (int) c.getCount()));
        }
      }
      if (dim.equals(Schema.FACET_YEAR)) {
        counts.sort((a, b) -> b.value().compareTo(a.value()));
      }
      facets.put(dim, counts);
    }
    return facets;
  }

  /** The embedded index's highlighter settings: one sentence-bounded passage, HTML-escaped, in mark. */
  private static void highlighting(SolrQuery sq, String q) {
    sq.set("hl", true);
    sq.set("hl.method", "unified");
    sq.set("hl.fl", Schema.TEXT);
    sq.set("hl.q", q);
    sq.set("hl.snippets", 2);
    sq.set("hl.bs.type", "WORD"); // as the embedded index: passages of about 130 characters cut at words
    sq.set("hl.fragsize", 130);
    sq.set("hl.fragAlignRatio", "0.5");
    sq.set("hl.encoder", "html");
    sq.set("hl.tag.pre", "<mark>");
    sq.set("hl.tag.post", "</mark>");
    sq.set("hl.tag.ellipsis", " … ");
    sq.set("hl.maxAnalyzedChars", Records.MAX_REPORT_CHARS);
    sq.set("hl.offsetSource", "POSTINGS"); // the offsets indexed with the text, as the embedded index
    sq.set("hl.requireFieldMatch", true); // Lucene's default: only the text field's own matches
    sq.set("hl.defaultSummary", true); // as Lucene: no match in the text gives its first sentence
  }

  /**
   * Corrections for words the collection does not have, from Solr's spelling checker on the
   * unstemmed text. Each shard proposes a few; the best is chosen as Lucene's DirectSpellChecker
   * chooses (closest by its Levenshtein score, then most frequent), since shards merge differently.
   */
  private Map<String, String> corrections(List<String> words) {
    SolrQuery sq = new SolrQuery("*:*");
    sq.setRows(0);
    sq.set("spellcheck", true);
    sq.set("spellcheck.q", String.join(" ", words));
    sq.set("spellcheck.count", 5);
    sq.set("spellcheck.extendedResults", true);
    sq.set("spellcheck.alternativeTermCount", 0);
    QueryResponse rsp = query(sq);
    Map<String, String> out = new LinkedHashMap<>();
    SpellCheckResponse sc = rsp == null ? null : rsp.getSpellCheckResponse();
    if (sc == null || sc.getSuggestions() == null) {
      return out;
    }
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    for (SpellCheckResponse.Suggestion s : sc.getSuggestions()) {
      List<String> alternatives = s.getAlternatives();
      if (s.getOriginalFrequency() > 0 || alternatives == null || alternatives.isEmpty()) {
        continue; // a word the collection has needs no correction
      }
      List<Integer> freqs = s.getAlternativeFrequencies();
      String best = null;
      float bestScore = -1;
      int bestFreq = -1;
      String folded = Suggester.fold(s.getToken());
      for (int i = 0; i < alternatives.size(); i++) {
        String a = alternatives.get(i);
        float score = distance.getDistance(s.getToken(), a);
        int freq = freqs == null || freqs.size() <= i ? 0 : freqs.get(i);
        if (freq < 2 || (!folded.equals(s.getToken()) && !a.equals(folded))) {
          continue; // as the embedded index: no one-off words, an accented word only unaccented
        }
        if (score > bestScore || (score == bestScore && (freq > bestFreq || (freq == bestFreq && a.compareTo(best) < 0)))) {
          best = a;
          bestScore = score;
          bestFreq = freq;
        }
      }
      if (best != null) {
        out.put(s.getToken(), best);
      }
    }
    return out;
  }

  @Override
  public long recordCount() {
    SolrQuery sq = new SolrQuery("*:*");
    sq.setRows(0);
    QueryResponse rsp = query(sq);
    return rsp == null ? 0 : rsp.getResults().getNumFound();
  }

  @Override
  public void refresh() {
    // A reindex's commit and alias switch are seen by the next search.
  }

  @Override
  public Optional<String> source(String documentId) {
    SolrQuery sq = new SolrQuery(term(Schema.DOCUMENT_ID, documentId));
    sq.setRows(1);
    sq.set("fl", Schema.SOURCE);
    QueryResponse rsp = query(sq);
    if (rsp == null || rsp.getResults().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable((String) rsp.getResults().get(0).getFieldValue(Schema.SOURCE));
  }

  @Override
  public List<MeetingView.Summary> meetings(String committee, Integer year) {
    List<String> filters = new ArrayList<>(List.of(term(Schema.TYPE, RecordType.MEETING.key())));
    if (committee != null && !committee.isBlank()) {
      String key = MeetingViews.committeeKey(committee);
      if (key == null) {
        return List.of();
      }
      filters.add(term(Schema.COMMITTEE_KEY, key));
    }
    return MeetingViews.list(all(filters), year);
  }

  @Override
  public List<CommitteeSummary> committees() {
    return MeetingViews.committees(meetings(null, null));
  }

  @Override
  public Optional<MeetingView> meeting(String id) {
    List<StoredRecord> own = all(List.of(term(Schema.MEETING_ID, id)));
    String key = own.stream().filter(d -> RecordType.MEETING.key().equals(d.get(Schema.TYPE))).findFirst()
        .map(MeetingViews::meetingKey).orElse(null);
    return MeetingViews.meeting(own, key == null ? List.of() : all(List.of(term(Schema.MINUTES_OF, key))));
  }

  /** As the embedded index: a minute or resolution links to the meeting whose minutes record it, if indexed. */
  private String meetingOf(SearchHit hit, String minutesOf, Map<String, String> cache) {
    if (minutesOf == null) {
      return hit.meetingId();
    }
    String found = cache.computeIfAbsent(minutesOf, k -> {
      List<StoredRecord> m = all(List.of(term(Schema.TYPE, RecordType.MEETING.key()), term(Schema.MEETING_KEY, k)));
      return m.isEmpty() ? "" : m.get(0).get(Schema.MEETING_ID);
    });
    return found.isEmpty() ? hit.meetingId() : found;
  }

  /** Every record matching the filters, stored fields only (a count first, so rows fits the hits). */
  private List<StoredRecord> all(List<String> filters) {
    SolrQuery count = new SolrQuery("*:*");
    filters.forEach(count::addFilterQuery);
    count.setRows(0);
    QueryResponse c = query(count);
    long n = c == null ? 0 : c.getResults().getNumFound();
    if (n == 0) {
      return List.of();
    }
    SolrQuery sq = new SolrQuery("*:*");
    filters.forEach(sq::addFilterQuery);
    sq.setRows((int) Math.min(MAX_RECORDS, n));
    sq.set("fl", STORED);
    QueryResponse rsp = query(sq);
    List<StoredRecord> out = new ArrayList<>();
    if (rsp != null) {
      for (SolrDocument d : rsp.getResults()) {
        out.add(stored(d));
      }
    }
    return out;
  }

  private static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  private static StoredRecord stored(SolrDocument d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : d.entrySet()) {
      Object v = e.getValue();
      if (v instanceof List<?> l) {
        v = l.isEmpty() ? null : l.get(0);
      }
      if (v != null) {
        fields.put(e.getKey(), v);
      }
    }
    return new StoredRecord(fields);
  }

  /**
   * Runs a query on the alias; null when the collection does not exist yet (nothing indexed), a
   * {@link SearchUnavailableException} when the cluster cannot answer.
   */
  private QueryResponse query(SolrQuery sq) {
    try {
      return client.query(settings.alias(), sq);
    } catch (SolrException e) {
      if (SolrAdmin.isMissingCollection(e)) {
        return null;
      }
      if (!(e instanceof RemoteSolrException)) {
        // Raised by the client itself: no node could be asked (all down, or unreachable).
        throw new SearchUnavailableException("SolrCloud did not answer: " + firstLine(e.getMessage())
            + rootCause(e), e);
      }
      if (e.code() == 400) {
        throw new InvalidQueryException("The search could not run: " + firstLine(e.getMessage()));
      }
      throw new SearchUnavailableException("SolrCloud answered " + e.code() + ": " + firstLine(e.getMessage()), e);
    } catch (SolrServerException | IOException e) {
      throw new SearchUnavailableException("SolrCloud did not answer: " + firstLine(e.getMessage()), e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable c = e;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c == e ? "" : " (" + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + firstLine(c.getMessage())) + ")";
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
