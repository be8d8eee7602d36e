package org.agendasearch.web.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agendasearch.search.CommitteeSummary;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;
import org.agendasearch.web.api.Params;

/** Browsing: meetings by committee and year, one meeting, one committee. */
public final class MeetingPages {

  private final Services services;
  private final Templates templates;

  public MeetingPages(Services services, Templates templates) {
    this.services = services;
    this.templates = templates;
  }

  /** {@code /meetings?committee=&year=}: meetings by committee and year, with both filters as links. */
  public void meetings(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    String committee = ctx.queryParam("committee") == null || ctx.queryParam("committee").isBlank() ? null
        : ctx.queryParam("committee").strip();
    Integer year = ctx.queryParam("year") == null || ctx.queryParam("year").isBlank() ? null
        : Params.intValue("year", ctx.queryParam("year"), 1900, 2999);
    SearchLinks links = new SearchLinks("/meetings", ctx.queryParamMap());
    List<MeetingView.Summary> ofCommittee = services.search().meetings(committee, null);
    model.put("years", ofCommittee.stream().filter(m -> m.date() != null).map(m -> m.date().substring(0, 4))
        .distinct().sorted(java.util.Comparator.reverseOrder())
        .map(y -> Map.of("label", y, "url", links.with("year", y), "selected", y.equals(String.valueOf(year))))
        .toList());
    model.put("committeeLinks", services.search().committees().stream()
        .map(c -> Map.of("label", c.name(), "url", links.with("committee", c.slug()),
            "selected", committee != null && c.slug().equals(org.agendasearch.ingest.model.Committees.slug(committee))))
        .toList());
    model.put("active", links.active(List.of("committee", "year"), PageController::filterLabel));
    model.put("clearAll", links.clearAll());
    Map<String, Map<String, List<MeetingView.Summary>>> byCommittee = new TreeMap<>();
    for (MeetingView.Summary m : year == null ? ofCommittee : services.search().meetings(committee, year)) {
      String name = m.committee() == null ? "Other" : m.committee();
      String held = m.date() == null ? "Undated" : m.date().substring(0, 4);
      byCommittee.computeIfAbsent(committeeLabel(name, m.committeeSlug()), k -> new LinkedHashMap<>())
          .computeIfAbsent(held, k -> new java.util.ArrayList<>()).add(m);
    }
    model.put("byCommittee", byCommittee);
    model.put("committees", services.search().committees());
    model.put("title", "Meetings – Agenda Search");
    ctx.html(templates.render("meetings", model));
  }

  public void meeting(Context ctx) {
    String id = ctx.pathParam("id");
    MeetingView m = services.search().meeting(id).orElseThrow(() -> new NotFoundResponse("No meeting with id " + id));
    Map<String, Object> model = new HashMap<>();
    model.put("m", m);
    model.put("doc", "/documents/" + id + ".pdf");
    model.put("paperKind", paperKind(m.meeting().kind()));
    model.put("title", (m.meeting().committee() == null ? "Meeting" : m.meeting().committee())
        + (m.meeting().date() == null ? "" : ", " + Dates.human(m.meeting().date())) + " – Agenda Search");
    ctx.html(templates.render("meeting", model));
  }

  public void committee(Context ctx) {
    String slug = ctx.pathParam("slug");
    CommitteeSummary c = services.search().committees().stream().filter(x -> x.slug().equals(slug)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("No committee " + slug));
    Map<String, List<MeetingView.Summary>> byYear = new LinkedHashMap<>();
    for (MeetingView.Summary m : services.search().meetings(slug, null)) {
      byYear.computeIfAbsent(m.date() == null ? "Undated" : m.date().substring(0, 4), k -> new java.util.ArrayList<>())
          .add(m);
    }
    SearchResults resolutions = services.search().search(new SearchRequest(null, List.of(c.name()), List.of(),
        List.of("resolution"), null, null, SearchRequest.Sort.NEWEST, 1, SearchRequest.MAX_SIZE));
    Map<String, Object> model = new HashMap<>();
    model.put("c", c);
    model.put("byYear", byYear);
    model.put("resolutions", resolutions.hits().stream().map(org.agendasearch.web.api.HitView::of).toList());
    model.put("resolutionsTotal", resolutions.total());
    model.put("title", c.name() + " – Agenda Search");
    ctx.html(templates.render("committee", model));
  }

  /** What a document is, in words: "Agenda pack", "Minutes". */
  static String paperKind(String kind) {
    return switch (kind == null ? "" : kind) {
      case "agenda_pack" -> "Agenda pack";
      case "minutes" -> "Minutes";
      case "report" -> "Report";
      default -> "Papers";
    };
  }

  private static String committeeLabel(String committee, String slug) {
    return slug == null ? committee : org.agendasearch.search.schema.Schema.committeeLabel(slug.replace('-', ' '));
  }
}
