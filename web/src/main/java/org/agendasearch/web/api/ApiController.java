package org.agendasearch.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;

/**
 * The JSON API: {@code /api/search}, {@code /api/resolutions}, {@code /api/meetings},
 * {@code /api/committees}, {@code /api/openapi.json} and {@code /health}.
 */
public final class ApiController {

  private final Services services;
  private final String openApi;

  public ApiController(Services services) {
    this.services = services;
    this.openApi = resource("/openapi.json");
  }

  public void search(Context ctx) {
    respond(ctx, services.search().search(Params.searchRequest(ctx)));
  }

  /** Resolutions only, newest first unless another sort is asked for. */
  public void resolutions(Context ctx) {
    respond(ctx, services.search().search(Params.resolutionRequest(ctx)));
  }

  public void meetings(Context ctx) {
    Integer year = ctx.queryParam("year") == null || ctx.queryParam("year").isBlank() ? null
        : Params.intValue("year", ctx.queryParam("year"), 1900, 2999);
    List<Map<String, Object>> meetings = services.search().meetings(ctx.queryParam("committee"), year).stream()
        .map(ApiController::summary).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", meetings.size());
    body.put("meetings", meetings);
    ctx.json(body);
  }

  public void meeting(Context ctx) {
    String id = ctx.pathParam("id");
    MeetingView m = services.search().meeting(id).orElseThrow(() -> new NotFoundResponse("No meeting with id " + id));
    ctx.json(meeting(m));
  }

  public void committees(Context ctx) {
    ctx.json(Map.of("committees", services.search().committees()));
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  private void respond(Context ctx, SearchResults r) {
    ctx.json(ResultsView.of(r));
  }

  public void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    long records = services.search().recordCount();
    body.put("status", records > 0 ? "ok" : "empty");
    body.put("backend", services.search().name());
    body.put("index_records", records);
    body.put("corpus_files", services.files().count());
    ctx.json(body);
  }

  static Map<String, Object> summary(MeetingView.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("committee", s.committee());
    m.put("committee_slug", s.committeeSlug());
    m.put("date", s.date());
    m.put("time", s.time());
    m.put("venue", s.venue());
    m.put("source", s.source());
    m.put("meeting_url", meetingUrl(s.id()));
    m.put("title", s.title());
    m.put("note", s.note());
    m.put("document_url", documentUrl(s.id(), 1));
    return m;
  }

  static Map<String, Object> meeting(MeetingView v) {
    Map<String, Object> m = summary(v.meeting());
    String doc = v.meeting().id();
    m.put("agenda_items", v.agendaItems().stream().map(e -> {
      Map<String, Object> item = entry(doc, e);
      item.put("permalink", meetingUrl(doc) + "#" + Anchors.item(e.number()));
      return item;
    }).toList());
    m.put("minutes", v.minutes().stream().map(mn -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("committee", mn.committee());
      o.put("date", mn.date());
      o.put("page", mn.page());
      o.put("source", mn.source());
      o.put("from_other_papers", mn.elsewhere());
      o.put("document_url", documentUrl(mn.documentId(), mn.page()));
      o.put("items", mn.items().stream().map(i -> {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("number", i.number());
        it.put("title", i.title());
        it.put("page", i.page());
        it.put("document_url", documentUrl(mn.documentId(), i.page()));
        it.put("permalink", meetingUrl(doc) + "#" + Anchors.minute(i.number()));
        it.put("resolutions", i.resolutions().stream().map(r -> entry(mn.documentId(), r)).toList());
        return it;
      }).toList());
      return o;
    }).toList());
    m.put("reports", v.reports().stream().map(e -> entry(doc, e)).toList());
    return m;
  }

  private static Map<String, Object> entry(String doc, MeetingView.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    if (e.number() != null) {
      m.put("number", e.number());
    }
    m.put("title", e.title());
    m.put("text", e.text() == null || e.text().length() > 2000 ? null : e.text());
    if (e.author() != null) {
      m.put("report_by", e.author());
    }
    m.put("page", e.page());
    m.put("document_url", documentUrl(doc, e.page()));
    return m;
  }

  /** {@code /meetings/{id}}: the meeting's page. */
  public static String meetingUrl(String meetingId) {
    return "/meetings/" + meetingId;
  }

  static String resource(String name) {
    try (InputStream in = ApiController.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }

  /**
   * {@code /documents/{id}.pdf#page=12}: the original file, opened at the page; with no page when
   * it is not known (0: the record's page could not be read).
   */
  public static String documentUrl(String documentId, int page) {
    return "/documents/" + documentId + ".pdf" + (page > 0 ? "#page=" + page : "");
  }

}
