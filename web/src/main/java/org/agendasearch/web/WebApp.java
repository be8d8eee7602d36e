package org.agendasearch.web;

import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.UriCompliance;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.search.SearchUnavailableException;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.web.admin.AdminController;
import org.agendasearch.web.alerts.Alerts;
import org.agendasearch.web.alerts.AlertsController;
import org.agendasearch.web.admin.CouncilsOverview;
import org.agendasearch.web.api.ApiController;
import org.agendasearch.web.api.Exports;
import org.agendasearch.web.pages.Calendars;
import org.agendasearch.web.api.PeopleController;
import org.agendasearch.web.pages.CouncilPages;
import org.agendasearch.web.pages.MeetingPages;
import org.agendasearch.web.pages.PageController;
import org.agendasearch.web.pages.PeoplePages;
import org.agendasearch.web.pages.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the (unstarted) web application from its services. */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Bytes of request line and headers Jetty reads (its default, 8 kB, refused a 20 kB query with HTML). */
  static final int MAX_REQUEST_HEADER = 64 * 1024;

  private WebApp() {}

  /** The application as the server runs it, its rate limiter (if any) on the system clock. */
  public static Javalin create(Services services) {
    return create(services, System::nanoTime);
  }

  /**
   * The application with its rate limiter (if {@link Services#rateLimit()} sets one) timed by
   * {@code nanoClock}, a {@link System#nanoTime()} reading: for a test that advances the clock
   * past the limiter's refill instead of sleeping. {@link #create(Services)} is the server's.
   */
  public static Javalin create(Services services, LongSupplier nanoClock) {
    return create(services, nanoClock, null);
  }

  /**
   * The application with email alerts (their form on the search pages, their pages under
   * {@code /alerts}) when {@code alerts} is not null.
   */
  public static Javalin create(Services services, LongSupplier nanoClock, Alerts alerts) {
    ApiController api = new ApiController(services);
    Templates templates = new Templates();
    PageController pages = new PageController(services, templates, alerts != null);
    MeetingPages meetings = new MeetingPages(services, templates);
    CouncilPages councils = new CouncilPages(services, templates);
    Exports exports = new Exports(services);
    Calendars calendars = new Calendars(services);
    PeopleController people = new PeopleController(services);
    PeoplePages peoplePages = new PeoplePages(services, templates);
    AdminController admin = new AdminController(services.adminToken(), services.jobs(),
        () -> CouncilsOverview.of(services.files().corpus(), services.reports(), services.search().councils()), templates);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(PackJson.MAPPER, false));
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/static";
        s.location = Location.CLASSPATH;
      });
      config.http.defaultContentType = "application/json";
      // Let encoded slashes and dots reach the routes, which answer 404 for anything that is not
      // an exact document id (Jetty's own answer would be a bare 400). No route maps a path to a
      // file: documents are found by id in the index, static files on the classpath.
      config.jetty.modifyHttpConfiguration(http -> {
        http.setUriCompliance(UriCompliance.from(EnumSet.of(
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT)));
        // A long query should reach the routes, which say how long a query may be (in JSON on
        // the API); only an address past this gets Jetty's own 414.
        http.setRequestHeaderSize(MAX_REQUEST_HEADER);
      });
      JettyErrors jettyErrors = new JettyErrors((status, message) -> templates.render("error",
          Map.of("title", status == 404 ? "Page not found" : "Bad request", "status", status, "message", message)));
      config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
    });
    RateLimiter limiter = services.rateLimit() > 0 ? new RateLimiter(services.rateLimit(), services.rateLimit() * 3, nanoClock)
        : null;
    app.before(ctx -> {
      if (limiter != null && !ctx.path().startsWith("/static/") && !limiter.allow(ctx.ip())) {
        ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds()));
        throw new TooManyRequests();
      }
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "same-origin");
      ctx.header("X-Frame-Options", "DENY");
    });
    IndexBuilding.install(app, services.jobs(), templates);
    app.get("/", pages::search);
    app.get("/search", pages::search);
    app.get("/search.csv", exports::searchCsv);
    app.get("/search.atom", exports::searchAtom);
    app.get("/resolutions", pages::resolutions);
    app.get("/resolutions.csv", exports::resolutionsCsv);
    app.get("/resolutions.atom", exports::resolutionsAtom);
    app.get("/meetings.ics", calendars::meetings);
    app.get("/committees/{slug}.ics", calendars::committee);
    app.get("/councils/{slug}.ics", calendars::council);
    app.get("/meetings", meetings::meetings);
    app.get("/meetings/{id}", meetings::meeting);
    app.get("/committees/{slug}", meetings::committee);
    app.get("/api/search", api::search);
    app.get("/api/resolutions", api::resolutions);
    app.get("/api/meetings", api::meetings);
    app.get("/api/meetings/{id}", api::meeting);
    app.get("/api/committees", api::committees);
    app.get("/api/councils", api::councils);
    app.get("/councils", councils::councils);
    app.get("/councils/{slug}", councils::council);
    app.get("/api/people", people::people);
    app.get("/api/people/{slug}", people::person);
    app.get("/people", peoplePages::people);
    app.get("/people/{slug}", peoplePages::person);
    app.get("/people/{slug}/facts.csv", people::csv);
    app.get("/people/{slug}/facts.atom", people::atom);
    app.get("/api/openapi.json", api::openApi);
    app.get("/health", api::health);
    app.post("/api/admin/reindex", admin::startReindex);
    app.get("/api/admin/reindex", admin::reindexStatus);
    app.get("/api/admin/councils", admin::councils);
    app.get("/admin/councils", admin::councilsPage);
    app.get("/documents/{file}", services.files()::serve);
    if (alerts != null) {
      AlertsController alertPages = new AlertsController(alerts, templates);
      app.post("/alerts", alertPages::signUp);
      app.get("/alerts/confirm", alertPages::confirm);
      app.get("/alerts/unsubscribe", alertPages::unsubscribePage);
      app.post("/alerts/unsubscribe", alertPages::unsubscribe);
      app.get("/alerts/manage", alertPages::manage);
      app.post("/alerts/manage/delete", alertPages::delete);
    }

    app.exception(InvalidQueryException.class, (e, ctx) -> {
      ctx.status(400);
      if (isApi(ctx.path()) || ctx.path().endsWith(".csv") || ctx.path().endsWith(".atom")) {
        ctx.json(Map.of("error", e.getMessage()));
      } else {
        ctx.html(templates.render("error", Map.of("title", "Bad request", "status", 400, "message", e.getMessage())));
      }
    });
    app.exception(SearchUnavailableException.class, (e, ctx) -> {
      LOG.warn("request {}: search unavailable: {}", ctx.path(), e.getMessage());
      ctx.status(503);
      ctx.header("Retry-After", "10");
      // The cause (node addresses, client internals) goes to the log, not to the public.
      String message = "Search is unavailable for a moment. Try again shortly.";
      if (isApi(ctx.path())) {
        ctx.json(Map.of("error", message));
      } else {
        ctx.html(templates.render("error", Map.of("title", "Search unavailable", "status", 503, "message", message)));
      }
    });
    app.exception(TooManyRequests.class, (e, ctx) -> {
      ctx.status(429);
      ctx.header("Content-Security-Policy", CSP);
      ctx.json(Map.of("error", "Too many requests from your address: wait a moment and try again."));
    });
    app.exception(NotFoundResponse.class, (e, ctx) -> {
      ctx.status(404);
      if (isApi(ctx.path())) {
        ctx.json(Map.of("error", e.getMessage()));
      } else {
        pages.notFound(ctx);
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.path(), e);
      ctx.status(500);
      String message = "Something went wrong on our side; the problem has been logged.";
      if (isApi(ctx.path())) {
        ctx.json(Map.of("error", message));
      } else {
        ctx.html(templates.render("error", Map.of("title", "Something went wrong", "status", 500, "message", message)));
      }
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")
          || ctx.result().startsWith("Not Found")) {
        if (isApi(ctx.path())) {
          ctx.json(Map.of("error", "No such endpoint: " + ctx.path()));
        } else {
          pages.notFound(ctx);
        }
      }
    });
    return app;
  }

  /** Thrown by the rate limiter; answered 429. */
  static final class TooManyRequests extends RuntimeException {
    TooManyRequests() {
      super("rate limit", null, false, false);
    }
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/documents/");
  }
}
