package org.agendasearch.web.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.CouncilSummary;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;
import org.agendasearch.web.api.HitView;

/** The councils in the archive ({@code /councils}) and one council's committees, years, meetings and resolutions. */
public final class CouncilPages {

  /** Meetings a council's page lists (the newest); the rest are a link away, on /meetings. */
  static final int RECENT_MEETINGS = 20;
  /** Resolutions a council's page lists (the newest). */
  static final int RECENT_RESOLUTIONS = 10;

  private final Services services;
  private final Templates templates;

  public CouncilPages(Services services, Templates templates) {
    this.services = services;
    this.templates = templates;
  }

  /** {@code /councils}: every council with its meetings, committees and years. */
  public void councils(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("councils", services.search().councils());
    model.put("title", "Councils – Agenda Search");
    ctx.html(templates.render("councils", model));
  }

  /** {@code /councils/{slug}}: a council's committees, years, newest meetings and newest resolutions. */
  public void council(Context ctx) {
    String slug = ctx.pathParam("slug");
    CouncilSummary c = services.search().councils().stream().filter(x -> x.slug().equals(slug)).findFirst()
        .orElseThrow(() -> new NotFoundResponse("No council " + slug));
    List<MeetingView.Summary> meetings = services.search().meetings(slug, null, null);
    Map<String, Integer> years = new LinkedHashMap<>();
    for (MeetingView.Summary m : meetings) {
      if (m.date() != null) {
        years.merge(m.date().substring(0, 4), 1, Integer::sum);
      }
    }
    SearchResults resolutions = services.search().search(new SearchRequest(null, List.of(), List.of(),
        List.of("resolution"), null, null, SearchRequest.Sort.NEWEST, 1, RECENT_RESOLUTIONS, List.of(slug)));
    Map<String, Object> model = new HashMap<>();
    model.put("c", c);
    model.put("committees", services.search().committees().stream().filter(x -> slug.equals(x.councilSlug())).toList());
    model.put("years", years);
    model.put("meetings", meetings.subList(0, Math.min(RECENT_MEETINGS, meetings.size())));
    model.put("moreMeetings", meetings.size() > RECENT_MEETINGS);
    model.put("resolutions", resolutions.hits().stream().map(HitView::of).toList());
    model.put("resolutionsTotal", resolutions.total());
    model.put("title", c.name() + " – Agenda Search");
    ctx.html(templates.render("council", model));
  }
}
