package org.agendasearch.web.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * {@code POST /api/admin/reindex} (start; {@code ?full=true} for a full rebuild),
 * {@code GET /api/admin/reindex} (status and progress), and the councils as operators see them
 * ({@code GET /api/admin/councils}, {@code GET /admin/councils}: {@link CouncilsOverview}). All need the token set in
 * {@code AGENDA_ADMIN_TOKEN}, sent as {@code Authorization: Bearer TOKEN}. With no token
 * configured the endpoints do not exist (404): they are never open by default.
 */
public final class AdminController {

  private final byte[] tokenDigest;
  private final ReindexJobs jobs;
  private final Overview overview;
  private final org.agendasearch.web.pages.Templates templates;

  /** Reads the councils' overview now (the corpus, the reports, the index). */
  public interface Overview {
    java.util.List<CouncilsOverview.Council> read() throws java.io.IOException;
  }

  public AdminController(String token, ReindexJobs jobs, Overview overview, org.agendasearch.web.pages.Templates templates) {
    this.tokenDigest = token == null || token.isBlank() ? null : digest(token);
    this.jobs = jobs;
    this.overview = overview;
    this.templates = templates;
  }

  /** {@code GET /api/admin/councils}: per council its documents, pages, meetings, years, last fetch and reindex, problems. */
  public void councils(Context ctx) throws java.io.IOException {
    if (allowed(ctx)) {
      ctx.json(Map.of("councils", overview.read()));
    }
  }

  /** {@code GET /admin/councils}: the same as a page. */
  public void councilsPage(Context ctx) throws java.io.IOException {
    if (allowed(ctx)) {
      ctx.html(templates.render("admin-councils", Map.of("councils", overview.read(), "title",
          "Councils (admin) – Agenda Search")));
    }
  }

  public void startReindex(Context ctx) {
    if (!allowed(ctx)) {
      return;
    }
    boolean full = "true".equalsIgnoreCase(ctx.queryParam("full"));
    if (jobs.start(full)) {
      ctx.status(HttpStatus.ACCEPTED).json(jobs.status());
    } else {
      ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "a reindex is already running; see GET /api/admin/reindex"));
    }
  }

  public void reindexStatus(Context ctx) {
    if (allowed(ctx)) {
      ctx.json(jobs.status());
    }
  }

  /** Checks the token in constant time (comparing digests), answering 404 or 401 when not allowed. */
  private boolean allowed(Context ctx) {
    if (tokenDigest == null) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "No such endpoint: admin endpoints are disabled "
          + "(set AGENDA_ADMIN_TOKEN to enable them)"));
      return false;
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(tokenDigest, digest(given))) {
      ctx.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
          .json(Map.of("error", "This needs the admin token: Authorization: Bearer <AGENDA_ADMIN_TOKEN>"));
      return false;
    }
    return true;
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
