package org.agendasearch.web.alerts;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.alerts.Alert;
import org.agendasearch.alerts.AlertService;
import org.agendasearch.alerts.Frequency;
import org.agendasearch.alerts.SavedSearch;
import org.agendasearch.alerts.mail.Mailer;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.web.api.Params;
import org.agendasearch.web.pages.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert pages: the sign-up form's endpoint ({@code POST /alerts}), the confirmation link, the
 * one-click unsubscribe (RFC 8058: the link shows a button, a POST unsubscribes, as mail clients do
 * with {@code List-Unsubscribe-Post}; a link scanner's GET changes nothing), and the page of an
 * address's alerts. HTTP in and out only: what happens is {@link AlertService}'s.
 */
public final class AlertsController {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsController.class);

  private final AlertService service;
  private final Templates templates;

  public AlertsController(Alerts alerts, Templates templates) {
    this.service = alerts.service();
    this.templates = templates;
  }

  /** {@code POST /alerts}: email, search, frequency. The same answer whatever the address has asked before. */
  public void signUp(Context ctx) {
    String email = ctx.formParam("email");
    SavedSearch search;
    Frequency frequency = Frequency.ofKey(ctx.formParam("frequency") == null ? "" : ctx.formParam("frequency"));
    try {
      search = SavedSearch.parse(ctx.formParam("search"));
      Params.savedRequest(search.path(), search.params()); // a search that cannot run cannot be followed
      if (frequency == null) {
        throw new IllegalArgumentException("Choose how often: immediately, daily or weekly.");
      }
      service.signUp(email, search, frequency, ctx.ip());
    } catch (AlertService.TooManySignUps e) {
      message(ctx, 429, "Too many alerts asked for", e.getMessage());
      return;
    } catch (IllegalArgumentException | InvalidQueryException | AlertService.SignUpException e) {
      message(ctx, 400, "This alert cannot be set up", e.getMessage());
      return;
    } catch (Mailer.MailException | AlertStore.AlertStoreException e) {
      unavailable(ctx, e);
      return;
    }
    message(ctx, 200, "Check your inbox", "If " + email.strip() + " can receive alerts, an email with a link to "
        + "confirm is on its way. Nothing is sent until you follow that link.");
  }

  /** {@code GET /alerts/confirm?token=}: the link of the confirmation email. */
  public void confirm(Context ctx) {
    try {
      var alert = service.confirm(ctx.queryParam("token"));
      if (alert.isEmpty()) {
        expired(ctx);
        return;
      }
      Map<String, Object> model = model("Your alert is on");
      model.put("message", "We will email " + alert.get().email() + " " + when(alert.get().frequency())
          + " with new results for " + SavedSearch.parse(alert.get().search()).describe() + ".");
      model.put("manageUrl", "/alerts/manage?token=" + service.newManageToken(alert.get().email()));
      ctx.html(templates.render("alert-message", model));
    } catch (AlertStore.AlertStoreException e) {
      unavailable(ctx, e);
    }
  }

  /** {@code GET /alerts/unsubscribe?token=}: one button; {@code POST} (the button, or a mail client) unsubscribes. */
  public void unsubscribePage(Context ctx) {
    Map<String, Object> model = model("Stop this alert");
    model.put("token", ctx.queryParam("token") == null ? "" : ctx.queryParam("token"));
    ctx.html(templates.render("alert-unsubscribe", model));
  }

  /** {@code POST /alerts/unsubscribe?token=} (the token in the address or the form). */
  public void unsubscribe(Context ctx) {
    String token = ctx.queryParam("token") != null ? ctx.queryParam("token") : ctx.formParam("token");
    try {
      var alert = service.unsubscribe(token);
      message(ctx, 200, "Alert stopped", alert.isPresent()
          ? "No more emails for " + SavedSearch.parse(alert.get().search()).describe() + "."
          : "This alert was already stopped, or the link has expired.");
    } catch (AlertStore.AlertStoreException e) {
      unavailable(ctx, e);
    }
  }

  /** {@code GET /alerts/manage?token=}: every alert of the address, each with a delete button. */
  public void manage(Context ctx) {
    String token = ctx.queryParam("token");
    try {
      var email = service.manager(token);
      if (email.isEmpty()) {
        expired(ctx);
        return;
      }
      List<Map<String, Object>> rows = service.alertsOf(token).stream().map(AlertsController::row).toList();
      Map<String, Object> model = model("Your alerts");
      model.put("email", email.get());
      model.put("alerts", rows);
      model.put("token", token);
      ctx.html(templates.render("alert-manage", model));
    } catch (AlertStore.AlertStoreException e) {
      unavailable(ctx, e);
    }
  }

  /** {@code POST /alerts/manage/delete}: token and alert id; back to the list. */
  public void delete(Context ctx) {
    String token = ctx.formParam("token");
    try {
      if (!service.delete(token, ctx.formParam("alert"))) {
        message(ctx, 400, "Nothing deleted", "That alert is not one of this address's, or the link has expired.");
        return;
      }
      ctx.redirect("/alerts/manage?token=" + token, io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (AlertStore.AlertStoreException e) {
      unavailable(ctx, e);
    }
  }

  private static Map<String, Object> row(Alert a) {
    SavedSearch s = SavedSearch.parse(a.search());
    return Map.of("id", a.id(), "search", s.describe(), "url", s.toString(), "frequency", a.frequency().key(),
        "confirmed", a.confirmed(), "sent", a.sentCount());
  }

  private static String when(Frequency f) {
    return switch (f) {
      case IMMEDIATELY -> "after each update of the index";
      case DAILY -> "at most once a day";
      case WEEKLY -> "at most once a week";
    };
  }

  private void expired(Context ctx) {
    message(ctx, 410, "This link does not work any more",
        "It has expired or has been used. Sign up again from any search page if you still want the alert.");
  }

  private void unavailable(Context ctx, RuntimeException e) {
    LOG.warn("alerts: {}", e.getMessage());
    message(ctx, 503, "Alerts are unavailable for a moment", "Try again in a few minutes.");
  }

  private void message(Context ctx, int status, String title, String message) {
    Map<String, Object> model = model(title);
    model.put("message", message);
    ctx.status(status).html(templates.render("alert-message", model));
  }

  private static Map<String, Object> model(String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title + " – Agenda Search");
    model.put("heading", title);
    return model;
  }
}
