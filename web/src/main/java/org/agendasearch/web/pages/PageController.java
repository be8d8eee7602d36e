package org.agendasearch.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.web.api.ApiController;
import org.agendasearch.web.api.Params;

/** Server-rendered HTML pages: the public search page and the error pages. */
public final class PageController {

  private final Services services;
  private final Templates templates;

  public PageController(Services services, Templates templates) {
    this.services = services;
    this.templates = templates;
  }

  public void search(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    String q = ctx.queryParam("q");
    model.put("q", q == null ? "" : q);
    SearchLinks links = new SearchLinks("/search", ctx.queryParamMap());
    model.put("links", links);
    try {
      SearchRequest request = Params.searchRequest(ctx);
      SearchResults r = services.search().search(request);
      model.put("results", r);
      model.put("hits", r.hits().stream().map(PageController::view).toList());
      model.put("facets", facets(r, links));
      long pages = Math.min(SearchRequest.MAX_PAGE, (r.total() + r.size() - 1) / r.size());
      model.put("prev", r.page() > 1 ? links.with("page", Integer.toString(r.page() - 1)) : null);
      model.put("next", r.page() < pages && r.hits().size() == r.size()
          ? links.with("page", Integer.toString(r.page() + 1)) : null);
      model.put("firstShown", r.hits().isEmpty() ? 0 : (long) (r.page() - 1) * r.size() + 1);
      model.put("lastShown", (long) (r.page() - 1) * r.size() + r.hits().size());
      model.put("sort", request.sort().name().toLowerCase(java.util.Locale.ROOT));
      model.put("from", request.from());
      model.put("to", request.to());
    } catch (InvalidQueryException e) {
      ctx.status(400);
      model.put("error", e.getMessage());
    }
    model.put("title", q == null || q.isBlank() ? "Search council meetings" : q + " – Agenda Search");
    ctx.html(templates.render("search", model));
  }

  public void notFound(Context ctx) {
    ctx.html(templates.render("error", Map.of("title", "Page not found", "status", 404,
        "message", "There is no page at this address. Try a search instead.")));
  }

  private static Map<String, Object> view(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", h.type());
    RecordType t = RecordType.ofKey(h.type());
    m.put("typeLabel", t == null ? h.type() : t.label());
    m.put("title", h.title());
    m.put("committee", h.committee());
    m.put("date", h.meetingDate());
    m.put("page", h.page());
    m.put("number", h.itemNumber());
    m.put("snippet", h.snippet()); // already escaped by the highlighter; only <mark> is markup
    m.put("documentUrl", ApiController.documentUrl(h.documentId(), h.page()));
    m.put("source", h.source());
    return m;
  }

  private static Map<String, List<Map<String, Object>>> facets(SearchResults r, SearchLinks links) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    r.facets().forEach((dim, counts) -> {
      List<Map<String, Object>> values = new ArrayList<>();
      for (FacetCount c : counts) {
        Map<String, Object> v = new LinkedHashMap<>();
        String label = c.value();
        if (dim.equals("type")) {
          RecordType t = RecordType.ofKey(c.value());
          label = t == null ? c.value() : t.label();
        }
        v.put("label", label);
        v.put("count", c.count());
        v.put("selected", links.has(dim, c.value()));
        v.put("url", links.toggle(dim, c.value()));
        values.add(v);
      }
      out.put(dim, values);
    });
    return out;
  }
}
