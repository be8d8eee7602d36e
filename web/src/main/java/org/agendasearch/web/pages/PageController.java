package org.agendasearch.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendasearch.search.FacetCount;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.web.Services;
import org.agendasearch.web.api.ResultsView;
import org.agendasearch.web.api.Params;

/** The search pages: the public search ({@code /search}) and the officers' resolution finder. */
public final class PageController {

  private final Services services;
  private final Templates templates;
  private final boolean alertsOn;

  public PageController(Services services, Templates templates) {
    this(services, templates, false);
  }

  /** With {@code alertsOn}, each search page offers "Email me new results" for its search. */
  public PageController(Services services, Templates templates, boolean alertsOn) {
    this.services = services;
    this.templates = templates;
    this.alertsOn = alertsOn;
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
    model.put("active", links.active(resolutionsOnly ? List.of("council", "committee", "year", "person", "from", "to")
        : List.of("council", "committee", "year", "type", "person", "from", "to"), PageController::filterLabel));
    // The council facet comes first once the index holds more than one council, and hits name theirs.
    boolean manyCouncils = services.search().councils().size() > 1;
    model.put("manyCouncils", manyCouncils);
    model.put("dims", manyCouncils || ctx.queryParam("council") != null
        ? List.of("council", "committee", "year", "type", "person") : List.of("committee", "year", "type", "person"));
    model.put("clearAll", links.clearAll());
    try {
      SearchRequest request = resolutionsOnly ? Params.resolutionRequest(ctx) : Params.searchRequest(ctx);
      SearchResults r = services.search().search(request);
      ResultsView view = ResultsView.of(r);
      model.put("results", view);
      model.put("hits", view.hits());
      model.put("facets", facets(r, links, resolutionsOnly));
      model.put("prev", r.page() > 1 ? links.with("page", Long.toString(Math.min(r.page() - 1, view.pages())))
          : null);
      model.put("next", r.page() < view.pages() ? links.with("page", Integer.toString(r.page() + 1)) : null);
      model.put("firstPage", view.pastTheEnd() ? links.with("page", "1") : null);
      model.put("pageNumber", r.page());
      model.put("sort", request.sort().name().toLowerCase(Locale.ROOT));
      model.put("suggestionUrl", r.suggestion() == null ? null : links.with("q", r.suggestion()));
      model.put("alertSearch", alertsOn ? alertSearch(path, ctx.queryString()) : null);
    } catch (InvalidQueryException e) {
      ctx.status(400);
      model.put("error", e.getMessage());
    }
    String what = resolutionsOnly ? "Resolutions" : "Search";
    model.put("title", (q == null || q.isBlank() ? what : q + " – " + what) + " – Agenda Search");
    ctx.html(templates.render(template, model));
  }

  /** The search an alert would follow, as its address says it; null when it cannot be followed (too long). */
  private static String alertSearch(String path, String queryString) {
    try {
      return org.agendasearch.alerts.SavedSearch.parse(queryString == null ? path : path + "?" + queryString).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
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

  /** A filter in words, as the facets name it: "Committee: Cabinet", "From Thursday 1 January 2015". */
  static String filterLabel(String name, String value) {
    return switch (name) {
      case "committee" -> {
        if (org.agendasearch.search.CommitteeFilter.of(value).councilKey() != null) {
          yield "Committee: " + value; // "Cabinet · Herefordshire Council", as its facet names it
        }
        String key = org.agendasearch.search.MeetingViews.committeeKey(value);
        yield "Committee: " + (key == null ? value : org.agendasearch.search.schema.Schema.committeeLabel(key));
      }
      case "council" -> "Council: " + value;
      case "type" -> {
        RecordType t = RecordType.ofKey(value.toLowerCase(Locale.ROOT));
        yield "Type: " + (t == null ? value : t.label());
      }
      case "year" -> "Year: " + value;
      case "person" -> "Person: " + value;
      case "from" -> "From " + Dates.human(value);
      case "to" -> "To " + Dates.human(value);
      default -> name + ": " + value;
    };
  }
}
