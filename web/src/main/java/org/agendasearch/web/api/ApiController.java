package org.agendasearch.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.SearchService;

/** The JSON API: {@code /api/search} and {@code /health}. */
public final class ApiController {

  private final SearchService search;
  private final CorpusFiles corpus;

  public ApiController(SearchService search, CorpusFiles corpus) {
    this.search = search;
    this.corpus = corpus;
  }

  public void search(Context ctx) {
    SearchResults r = search.search(Params.searchRequest(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", r.total());
    body.put("page", r.page());
    body.put("size", r.size());
    body.put("relaxed", r.relaxed());
    body.put("hits", r.hits().stream().map(ApiController::hit).toList());
    body.put("facets", r.facets());
    ctx.json(body);
  }

  public void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    int records = search.recordCount();
    body.put("status", records > 0 ? "ok" : "empty");
    body.put("index_records", records);
    body.put("corpus_files", corpus.count());
    ctx.json(body);
  }

  static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("type", h.type());
    m.put("source", h.source());
    m.put("committee", h.committee());
    m.put("meeting_date", h.meetingDate());
    m.put("title", h.title());
    m.put("item_number", h.itemNumber());
    m.put("page", h.page());
    m.put("snippet", h.snippet());
    m.put("document_url", documentUrl(h.documentId(), h.page()));
    m.put("also_on_page", h.alsoOnPage());
    return m;
  }

  /** {@code /documents/{id}.pdf#page=12}: the original file, opened at the page. */
  public static String documentUrl(String documentId, int page) {
    return "/documents/" + documentId + ".pdf#page=" + page;
  }

  static List<String> facetDims() {
    return List.of("committee", "year", "type");
  }
}
