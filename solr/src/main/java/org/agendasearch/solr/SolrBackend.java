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
import org.apache.solr.client.solrj.SolrRequest;
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
import org.agendasearch.search.CommitteeFilter;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.Folding;
import org.agendasearch.search.Hits;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.Snippet;
import org.agendasearch.search.StoredRecord;
import org.agendasearch.search.SnippetHighlighter;
import org.agendasearch.search.Suggester;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.SearchUnavailableException;
import org.agendasearch.search.SearchFallbacks;
import org.agendasearch.search.SearchService;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.query.TypeWeighting;
import org.agendasearch.search.query.UserQueryParser;
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

  /** As the embedded index: records of one date and score in document order. */
  private static final String DOCUMENT_ORDER = Schema.DOCUMENT_SORT + " asc," + Schema.ORDINAL_SORT + " asc";

  private final SolrSettings settings;
  private final CloudSolrClient client;
  private final SolrRecords records;
  private final org.apache.lucene.analysis.Analyzer analyzer = Schema.analyzer();
  private final UserQueryParser parser = new UserQueryParser(analyzer);

  public SolrBackend(SolrSettings settings) {
    this.settings = settings;
    this.client = SolrClients.cloud(settings);
    this.records = new SolrRecords(this::query);
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
    // Weighted by type as the embedded index weights it: pages in their own fields, boosted.
    SolrQuery base = new SolrQuery();
    base.set("q", SolrQueryWriter.write(TypeWeighting.weigh(userQuery)));
    base.set("timeAllowed", Long.toString(QUERY_TIME_LIMIT_MS));
    dateFilter(request, base);
    // As the embedded index: fold first (without the facet filters), then search without the folded.
    SolrFolds folds = SolrFolds.of(base, this::checkedQuery, SolrRecords.MAX_RECORDS);
    SolrQuery sq = base.getCopy();
    folds.exclude(sq);
    facetFilters(request, sq);
    sq.setStart((request.page() - 1) * request.size());
    sq.setRows(request.size());
    sq.set("fl", SolrRecords.STORED + ",score");
    switch (request.sort()) {
      case NEWEST -> sq.set("sort", Schema.DATE_SORT + " desc,score desc," + DOCUMENT_ORDER);
      case OLDEST -> sq.set("sort", Schema.DATE_SORT + " asc,score desc," + DOCUMENT_ORDER);
      case RELEVANCE -> sq.set("sort", "score desc," + DOCUMENT_ORDER);
    }
    facets(sq);
    QueryResponse rsp = checkedQuery(sq);
    if (rsp == null) {
      return new SearchResults(0, request.page(), request.size(), List.of(), Map.of(), false, null);
    }
    SolrDocumentList docs = rsp.getResults();
    Map<String, Snippet> bestPages = bestPageSnippets(base, userQuery, docs, folds);
    List<SearchHit> hits = new ArrayList<>(docs.size());
    Map<String, String> meetings = new java.util.HashMap<>();
    for (SolrDocument d : docs) {
      String id = (String) d.getFieldValue(Schema.ID);
      List<Folding.PageMatch<String>> pages = folds.pagesOf(id);
      Snippet snippet = pages.isEmpty() ? snippet(userQuery, text(d))
          : bestPages.get(pages.get(0).key());
      Object score = d.getFieldValue("score");
      SearchHit hit = Hits.of(SolrRecords.stored(d), score instanceof Number n ? n.floatValue() : 0f, snippet,
          pages.isEmpty() ? 0 : pages.get(0).page(), pages.stream().skip(1).map(Folding.PageMatch::page).toList());
      hits.add(hit.with(meetingOf(hit, (String) d.getFieldValue(Schema.MINUTES_OF), meetings), folds.copiesOf(id)));
    }
    return new SearchResults(docs.getNumFound(), request.page(), request.size(), List.copyOf(hits),
        facetCounts(rsp), relaxed, null);
  }

  /** A query that ran out of time is told as the embedded index tells it. */
  private QueryResponse checkedQuery(SolrQuery sq) {
    QueryResponse rsp = query(sq);
    Object partial = rsp == null || rsp.getHeader() == null ? null : rsp.getHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial)) {
      throw InvalidQueryException.tookLongerThan(QUERY_TIME_LIMIT_MS);
    }
    return rsp;
  }

  /**
   * A record's snippet by the embedded index's own highlighter, on the text Solr returns: the same
   * passages, cut and marked alike, whichever backend answers.
   */
  private Snippet snippet(Query userQuery, String text) {
    return SnippetHighlighter.highlight(analyzer, userQuery, text);
  }

  /** A record's text: a page's is in its own field. */
  private static String text(SolrDocument d) {
    Object text = d.getFieldValue(Schema.TEXT);
    return (String) (text != null ? text : d.getFieldValue(Schema.PAGE_TEXT));
  }

  /** The snippets of the best pages of the hits that span pages (reports), highlighted as the hits are. */
  private Map<String, Snippet> bestPageSnippets(SolrQuery base, Query userQuery, SolrDocumentList docs,
      SolrFolds folds) {
    List<String> ids = new ArrayList<>();
    for (SolrDocument d : docs) {
      List<Folding.PageMatch<String>> pages = folds.pagesOf((String) d.getFieldValue(Schema.ID));
      if (!pages.isEmpty()) {
        ids.add(pages.get(0).key());
      }
    }
    Map<String, Snippet> out = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    SolrQuery sq = base.getCopy();
    sq.set("pages", String.join(",", ids));
    sq.addFilterQuery("{!terms f=" + Schema.ID + " v=$pages}");
    sq.setRows(ids.size());
    sq.set("fl", Schema.ID + "," + Schema.TEXT + "," + Schema.PAGE_TEXT);
    QueryResponse rsp = checkedQuery(sq);
    for (SolrDocument d : rsp == null ? List.<SolrDocument>of() : rsp.getResults()) {
      Snippet s = snippet(userQuery, text(d));
      if (s != null) {
        out.put((String) d.getFieldValue(Schema.ID), s);
      }
    }
    return out;
  }

  /** The date range, and the records first indexed after an instant (what an alert sends). */
  private static void dateFilter(SearchRequest request, SolrQuery sq) {
    if (request.indexedAfter() > 0) {
      sq.addFilterQuery(Schema.FIRST_INDEXED + ":{" + request.indexedAfter() + " TO *]");
    }
    if (request.from() != null || request.to() != null) {
      String lo = request.from() == null ? "*" : Long.toString(request.from().toEpochDay());
      String hi = request.to() == null ? "*" : Long.toString(request.to().toEpochDay());
      sq.addFilterQuery(Schema.DATE + ":[" + lo + " TO " + hi + "]");
    }
  }

  /** The facet filters, each tagged so its own dimension is counted without it. */
  private static void facetFilters(SearchRequest request, SolrQuery sq) {
    if (!request.councils().isEmpty()) {
      sq.addFilterQuery("{!tag=" + Schema.FACET_COUNCIL + "}" + councilFilter(request.councils()));
    }
    if (!request.committees().isEmpty()) {
      // As the embedded index: "Cabinet" is every council's, "Cabinet · Herefordshire Council" one council's.
      sq.addFilterQuery("{!tag=" + Schema.FACET_COMMITTEE + "}" + request.committees().stream().map(c -> {
        CommitteeFilter f = CommitteeFilter.of(c);
        String committee = Schema.COMMITTEE_KEY + ":" + quoted(f.committeeKey());
        return f.councilKey() == null ? committee : "(" + committee + " AND " + Schema.COUNCIL_KEY + ":"
            + quoted(f.councilKey()) + ")";
      }).collect(Collectors.joining(" OR ", "(", ")")));
    }
    if (!request.years().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_YEAR, SolrDocuments.FACET_YEAR,
          request.years().stream().map(String::valueOf).toList()));
    }
    if (!request.types().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_TYPE, Schema.TYPE, request.types()));
    }
    if (!request.people().isEmpty()) {
      sq.addFilterQuery(anyOf(Schema.FACET_PERSON, SolrDocuments.FACET_PERSON, request.people()));
    }
  }

  private static String anyOf(String tag, String field, List<String> values) {
    return "{!tag=" + tag + "}" + field + ":(" + values.stream().map(SolrBackend::quoted)
        .collect(Collectors.joining(" OR ")) + ")";
  }

  /** Records of any of these councils, each named by its slug or its name. */
  static String councilFilter(List<String> councils) {
    return councils.stream().map(c -> Schema.COUNCIL_SLUG + ":" + quoted(c.strip()) + " OR " + Schema.COUNCIL_KEY + ":"
        + quoted(java.util.Objects.requireNonNullElse(Committees.key(c), ""))).collect(Collectors.joining(" OR ", "(", ")"));
  }

  private static String quoted(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void facets(SolrQuery sq) {
    sq.setFacet(true);
    sq.setFacetLimit(FACET_TOP);
    sq.setFacetMinCount(1);
    sq.setFacetSort("count");
    sq.addFacetField("{!ex=" + Schema.FACET_COUNCIL + " key=" + Schema.FACET_COUNCIL + "}"
        + SolrDocuments.FACET_COUNCIL);
    sq.addFacetField("{!ex=" + Schema.FACET_COMMITTEE + " key=" + Schema.FACET_COMMITTEE + "}"
        + SolrDocuments.FACET_COMMITTEE);
    sq.addFacetField("{!ex=" + Schema.FACET_YEAR + " key=" + Schema.FACET_YEAR + "}" + SolrDocuments.FACET_YEAR);
    sq.addFacetField("{!ex=" + Schema.FACET_TYPE + " key=" + Schema.FACET_TYPE + "}" + Schema.TYPE);
    sq.addFacetField("{!ex=" + Schema.FACET_PERSON + " key=" + Schema.FACET_PERSON + "}" + SolrDocuments.FACET_PERSON);
  }

  private static Map<String, List<FacetCount>> facetCounts(QueryResponse rsp) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : SearchService.FACETS) {
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
      facets.put(dim, dim.equals(Schema.FACET_COMMITTEE) ? CommitteeFilter.present(counts) : counts);
    }
    return facets;
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
  public java.util.OptionalLong newestFirstIndexed() {
    SolrQuery sq = new SolrQuery("*:*");
    sq.setRows(1);
    sq.setFields(Schema.FIRST_INDEXED);
    sq.setSort(Schema.FIRST_INDEXED, SolrQuery.ORDER.desc);
    QueryResponse rsp = query(sq);
    if (rsp == null || rsp.getResults().isEmpty()) {
      return java.util.OptionalLong.empty();
    }
    Object v = rsp.getResults().get(0).getFirstValue(Schema.FIRST_INDEXED);
    return v instanceof Number n ? java.util.OptionalLong.of(n.longValue()) : java.util.OptionalLong.empty();
  }

  @Override
  public void refresh() {
    // A reindex's commit and alias switch are seen by the next search.
  }

  @Override
  public Optional<String> source(String documentId) {
    return records.source(documentId);
  }

  @Override
  public List<MeetingView.Summary> meetings(String council, String committee, Integer year) {
    return records.meetings(council, committee, year);
  }

  @Override
  public Optional<MeetingView> meeting(String id) {
    return records.meeting(id);
  }

  @Override
  public List<StoredRecord> personRecords(String council, String personSlug) {
    return records.personRecords(council, personSlug);
  }

  /** As the embedded index: a minute or resolution links to the meeting whose minutes record it, if indexed. */
  private String meetingOf(SearchHit hit, String minutesOf, Map<String, String> cache) {
    if (minutesOf == null) {
      return hit.meetingId();
    }
    String found = cache.computeIfAbsent(minutesOf, k -> java.util.Objects.requireNonNullElse(records.meetingIdOf(k), ""));
    return found.isEmpty() ? hit.meetingId() : found;
  }

  /**
   * Runs a query on the alias; null when the collection does not exist yet (nothing indexed), a
   * {@link SearchUnavailableException} when the cluster cannot answer.
   */
  private QueryResponse query(SolrQuery sq) {
    try {
      // POST: the folded ids can make a long request.
      return client.query(settings.alias(), sq, SolrRequest.METHOD.POST);
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
