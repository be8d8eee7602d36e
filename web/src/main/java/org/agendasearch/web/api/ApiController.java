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
import org.agendasearch.web.IndexBuilding;
import org.agendasearch.web.Services;

/**
 * The JSON API: {@code /api/search}, {@code /api/resolutions}, {@code /api/meetings},
 * {@code /api/committees}, {@code /api/councils}, {@code /api/openapi.json} and {@code /health}.
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
    ctx.json(MeetingJson.Listing.of(services.search().meetings(ctx.queryParam("council"), ctx.queryParam("committee"),
        year)));
  }

  public void meeting(Context ctx) {
    String id = ctx.pathParam("id");
    MeetingView m = services.search().meeting(id).orElseThrow(() -> new NotFoundResponse("No meeting with id " + id));
    ctx.json(MeetingJson.Meeting.of(m));
  }

  public void committees(Context ctx) {
    String council = ctx.queryParam("council");
    ctx.json(Map.of("committees", services.search().committees().stream()
        .filter(c -> council == null || council.isBlank() || council.strip().equals(c.councilSlug())).toList()));
  }

  /** {@code /api/councils}: every council with meetings, by slug, with its counts and years. */
  public void councils(Context ctx) {
    ctx.json(Map.of("councils", services.search().councils().stream().map(MeetingJson.Council::of).toList()));
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
    var building = services.jobs().buildingFirstIndex();
    body.put("status", building.isPresent() ? "indexing" : records > 0 ? "ok" : "empty");
    body.put("backend", services.search().name());
    body.put("index_records", records);
    body.put("corpus", services.files().indexedCorpus().toString());
    body.put("corpus_files", services.files().count());
    services.files().mismatch().ifPresent(m -> body.put("corpus_mismatch", m));
    building.ifPresent(p -> body.put("indexing", IndexBuilding.fields(p)));
    ctx.json(body);
  }

  /** {@code /councils/{slug}}: the council's page, or null when the council is not known. */
  public static String councilUrl(String councilSlug) {
    return councilSlug == null ? null : "/councils/" + councilSlug;
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
