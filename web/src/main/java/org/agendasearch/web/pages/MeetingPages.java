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

  /** {@code /meetings?council=&committee=&year=}: meetings by council, committee and year, the filters as links. */
  public void meetings(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    String committee = param(ctx, "committee");
    String council = param(ctx, "council");
    Integer year = ctx.queryParam("year") == null || ctx.queryParam("year").isBlank() ? null
        : Params.intValue("year", ctx.queryParam("year"), 1900, 2999);
    SearchLinks links = new SearchLinks("/meetings", ctx.queryParamMap());
    List<MeetingView.Summary> ofCommittee = services.search().meetings(council, committee, null);
    List<org.agendasearch.search.CouncilSummary> councils = services.search().councils();
    boolean manyCouncils = councils.size() > 1;
    // The council filter is offered once there is more than one council, as on the search page.
    model.put("councilLinks", !manyCouncils ? List.of() : councils.stream()
        .map(c -> Map.of("label", c.name(), "url", links.with("council", c.slug()), "selected", c.slug().equals(council)))
        .toList());
    model.put("years", ofCommittee.stream().filter(m -> m.date() != null).map(m -> m.date().substring(0, 4))
        .distinct().sorted(java.util.Comparator.reverseOrder())
        .map(y -> Map.of("label", y, "url", links.with("year", y), "selected", y.equals(String.valueOf(year))))
        .toList());
    List<CommitteeSummary> committees = services.search().committees().stream()
        .filter(c -> council == null || council.equals(c.councilSlug())).toList();
    model.put("committeeLinks", committees.stream().map(c -> c.slug()).distinct()
        .map(slug -> Map.of("label", committees.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow().name(),
            "url", links.with("committee", slug),
            "selected", committee != null && slug.equals(org.agendasearch.ingest.model.Committees.slug(committee))))
        .toList());
    // A council given by its slug is named as the council calls itself.
    model.put("active", links.active(List.of("council", "committee", "year"), (name, value) -> name.equals("council")
        ? "Council: " + councils.stream().filter(c -> c.slug().equals(value)).findFirst()
            .map(org.agendasearch.search.CouncilSummary::name).orElse(value)
        : PageController.filterLabel(name, value)));
    model.put("clearAll", links.clearAll());
    Map<String, Map<String, List<MeetingView.Summary>>> byCommittee = new TreeMap<>();
    for (MeetingView.Summary m : year == null ? ofCommittee : services.search().meetings(council, committee, year)) {
      String name = m.committee() == null ? "Other" : m.committee();
      String held = m.date() == null ? "Undated" : m.date().substring(0, 4);
      String label = committeeLabel(name, m.committeeSlug());
      byCommittee.computeIfAbsent(manyCouncils && m.council() != null ? label + " · " + m.council() : label,
              k -> new LinkedHashMap<>())
          .computeIfAbsent(held, k -> new java.util.ArrayList<>()).add(m);
    }
    model.put("byCommittee", byCommittee);
    model.put("committees", committees);
    model.put("manyCouncils", manyCouncils);
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

  /**
   * {@code /committees/{slug}?council=}: a committee's meetings by year and its resolutions; of the
   * council named (by slug), else of the first council that has a committee of that name.
   */
  public void committee(Context ctx) {
    String slug = ctx.pathParam("slug");
    String council = param(ctx, "council");
    CommitteeSummary c = services.search().committees().stream()
        .filter(x -> x.slug().equals(slug) && (council == null || council.equals(x.councilSlug()))).findFirst()
        .orElseThrow(() -> new NotFoundResponse("No committee " + slug));
    Map<String, List<MeetingView.Summary>> byYear = new LinkedHashMap<>();
    for (MeetingView.Summary m : services.search().meetings(c.councilSlug(), slug, null)) {
      byYear.computeIfAbsent(m.date() == null ? "Undated" : m.date().substring(0, 4), k -> new java.util.ArrayList<>())
          .add(m);
    }
    String filter = c.council() == null ? c.name()
        : c.name() + " " + org.agendasearch.search.schema.Schema.COUNCIL_SEPARATOR + " " + c.council();
    SearchResults resolutions = services.search().search(new SearchRequest(null, List.of(filter), List.of(),
        List.of("resolution"), null, null, SearchRequest.Sort.NEWEST, 1, SearchRequest.MAX_SIZE));
    Map<String, Object> model = new HashMap<>();
    model.put("c", c);
    model.put("filter", filter);
    model.put("byYear", byYear);
    model.put("resolutions", resolutions.hits().stream().map(org.agendasearch.web.api.HitView::of).toList());
    model.put("resolutionsTotal", resolutions.total());
    model.put("title", c.name() + " – Agenda Search");
    ctx.html(templates.render("committee", model));
  }

  static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
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
