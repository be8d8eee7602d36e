package org.agendasearch.web;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agendasearch.search.index.ReindexProgress;
import org.agendasearch.web.admin.ReindexJobs;
import org.agendasearch.web.pages.Templates;

/**
 * What the server answers while its first index is being built (it listens at once, and search
 * would find nothing yet): the API and the exports a 503 with {@code Retry-After}, the HTML pages
 * a page saying how far the build is with a {@code Refresh} header (no JavaScript), and
 * {@code /health} its progress. Once the first generation is committed, every route answers.
 */
public final class IndexBuilding {

  /** Seconds a client is asked to wait, and a page to wait before it reloads itself. */
  static final int RETRY_SECONDS = 5;

  private IndexBuilding() {}

  /** Thrown by the before-handler while the first index is built; answered 503. */
  static final class Building extends RuntimeException {
    final transient ReindexProgress.Snapshot progress;

    Building(ReindexProgress.Snapshot progress) {
      super("index building", null, false, false);
      this.progress = progress;
    }
  }

  /** Holds back every route but health, static files, admin and documents until the first index is committed. */
  static void install(Javalin app, ReindexJobs jobs, Templates templates) {
    app.before(ctx -> {
      String path = ctx.path();
      if (path.equals("/health") || path.startsWith("/static/") || path.startsWith("/api/admin/")
          || path.startsWith("/admin/") || path.startsWith("/documents/")) {
        return;
      }
      jobs.buildingFirstIndex().ifPresent(p -> {
        throw new Building(p);
      });
    });
    app.exception(Building.class, (e, ctx) -> {
      ctx.status(503);
      ctx.header("Retry-After", Integer.toString(RETRY_SECONDS));
      String message = message(e.progress);
      String path = ctx.path();
      if (WebApp.isApi(path) || path.endsWith(".csv") || path.endsWith(".atom")) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("indexing", fields(e.progress));
        ctx.json(body);
      } else {
        ctx.header("Refresh", Integer.toString(RETRY_SECONDS));
        ctx.html(templates.render("error", Map.of("title", "The search index is being built", "status", 503,
            "message", message + " This page reloads itself every " + RETRY_SECONDS + " seconds.")));
      }
    });
  }

  /** How far the build is, for people: "The search index is being built: 3 of 20 files, ...". */
  static String message(ReindexProgress.Snapshot p) {
    StringBuilder s = new StringBuilder("The search index is being built: ");
    s.append(p.filesDone()).append(" of ").append(p.filesToRead()).append(" files, ").append(p.pagesDone())
        .append(" pages read");
    if (p.pagesToRead() >= 0) {
      s.append(", about ").append(p.pagesToRead()).append(" to go");
    }
    if (p.secondsLeft() >= 0) {
      s.append(" (about ").append(Math.max(1, Math.round(p.secondsLeft()))).append(" s left)");
    }
    return s.append('.').toString();
  }

  /** The progress as JSON fields, for {@code /health} and the 503 answers. */
  public static Map<String, Object> fields(ReindexProgress.Snapshot p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files_done", p.filesDone());
    m.put("files_to_read", p.filesToRead());
    m.put("pages_done", p.pagesDone());
    m.put("pages_to_read", p.pagesToRead() >= 0 ? p.pagesToRead() : null);
    m.put("failed", p.failed());
    m.put("seconds", Math.round(p.seconds() * 10) / 10.0);
    m.put("seconds_left", p.secondsLeft() >= 0 ? Math.round(p.secondsLeft() * 10) / 10.0 : null);
    return m;
  }
}
