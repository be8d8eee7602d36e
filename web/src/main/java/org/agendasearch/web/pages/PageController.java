package org.agendasearch.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.web.Services;
import org.agendasearch.web.api.ApiController;
import org.agendasearch.web.api.Params;

/** The search pages: the public search ({@code /search}) and the officers' resolution finder. */
public final class PageController {

  private final Services services;
  private final Templates templates;

  public PageController(Services services, Templates templates) {
    this.services = services;
    this.templates = templates;
  }

  public void search(Context ctx) {
    render(ctx, "/search", "search", false);
  }

  public void resolutions(Context ctx) {
    render(ctx, "/resolutions", "resolutions", true);
  }

  public void notFound(Context ctx) {
    ctx.status(404);
    ctx.html(templates.render("error", Map.of("title", "Page not found", "status", 404,
        "message", "There is no page at this address. Try a search instead.")));
  }

  private void render(Context ctx, String path, String template, boolean resolutionsOnly) {
    Map<String, Object> model = new HashMap<>();
    String q = ctx.queryParam("q");
    model.put("q", q == null ? "" : q);
    SearchLinks links = new SearchLinks(path, ctx.queryParamMap());
    model.put("links", links);
    model.put("from", ctx.queryParam("from") == null ? "" : ctx.queryParam("from"));
    model.put("to", ctx.queryParam("to") == null ? "" : ctx.queryParam("to"));
    model.put("csvUrl", links.at(path + ".csv"));
    model.put("atomUrl", links.at(path + ".atom"));
    model.put("jsonUrl", links.at(resolutionsOnly ? "/api/resolutions" : "/api/search"));
    try {
      SearchRequest request = resolutionsOnly ? Params.resolutionRequest(ctx) : Params.searchRequest(ctx);
      SearchResults r = services.search().search(request);
      model.put("results", r);
      model.put("hits", r.hits().stream().map(PageController::view).toList());
      model.put("facets", facets(r, links, resolutionsOnly));
      long pages = Math.min(SearchRequest.MAX_PAGE, (r.total() + r.size() - 1) / r.size());
      model.put("prev", r.page() > 1 ? links.with("page", Integer.toString(r.page() - 1)) : null);
      model.put("next", r.page() < pages && r.hits().size() == r.size()
          ? links.with("page", Integer.toString(r.page() + 1)) : null);
      model.put("pageNumber", r.page());
      model.put("sort", request.sort().name().toLowerCase(Locale.ROOT));
      model.put("suggestionUrl", r.suggestion() == null ? null : links.with("q", r.suggestion()));
    } catch (InvalidQueryException e) {
      ctx.status(400);
      model.put("error", e.getMessage());
    }
    String what = resolutionsOnly ? "Resolutions" : "Search";
    model.put("title", (q == null || q.isBlank() ? what : q + " – " + what) + " – Agenda Search");
    ctx.html(templates.render(template, model));
  }

  /** What a result shows, from a hit. */
  static Map<String, Object> view(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("type", h.type());
    RecordType t = RecordType.ofKey(h.type());
    m.put("typeLabel", t == null ? h.type() : t.label());
    m.put("title", h.title() == null || h.title().isBlank() ? h.source() : h.title());
    m.put("committee", h.committee());
    m.put("date", h.meetingDate());
    m.put("page", h.page());
    m.put("number", h.itemNumber());
    m.put("snippet", h.snippet()); // escaped by the highlighter; its only markup is <mark>
    m.put("documentUrl", ApiController.documentUrl(h.documentId(), h.page()));
    m.put("meetingUrl", h.meetingId() == null ? null : ApiController.meetingUrl(h.meetingId()));
    m.put("alsoOnPage", h.alsoOnPage());
    m.put("source", h.source());
    return m;
  }

  private static Map<String, List<Map<String, Object>>> facets(SearchResults r, SearchLinks links, boolean resolutionsOnly) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    r.facets().forEach((dim, counts) -> {
      if (resolutionsOnly && dim.equals("type")) {
        return;
      }
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
