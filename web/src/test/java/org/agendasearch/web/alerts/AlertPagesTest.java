package org.agendasearch.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.agendasearch.alerts.testing.Inbox;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The alert pages over HTTP on a random port: what each answers, and that bad input gets a 400 with a sentence. */
class AlertPagesTest {

  private static final String CABINET_2015 = "001_aa98a297444b1522.pdf";

  @TempDir
  Path tmp;

  private AlertServer server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String... namesAndValues) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.append(form.isEmpty() ? "" : "&").append(namesAndValues[i]).append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return http.send(HttpRequest.newBuilder(URI.create(server.base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signUp(String email) throws Exception {
    return post("/alerts", "email", email, "search", "/search?q=Colwall", "frequency", "weekly");
  }

  @Test
  void the_form_follows_the_search_shown_and_is_not_shown_without_smtp() throws Exception {
    server = new AlertServer(tmp, "sqlite", CABINET_2015);
    assertThat(get("/search?q=Colwall&committee=Cabinet&page=2").body())
        .contains("<form class=\"alert-signup\" action=\"/alerts\" method=\"post\">",
            "<input type=\"hidden\" name=\"search\" value=\"/search?q=Colwall&amp;committee=Cabinet\">");
    assertThat(get("/resolutions?q=Colwall").body()).contains("value=\"/resolutions?q=Colwall\"");
    JavalinTest.test(WebApp.create(server.services), (s, client) ->
        assertThat(client.get("/search?q=Colwall").body().string()).contains("Colwall").doesNotContain("alert-signup"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void the_answer_is_the_same_whether_or_not_the_address_has_asked_before(String db) throws Exception {
    server = new AlertServer(tmp, db, CABINET_2015);
    HttpResponse<String> first = signUp("ann@example.org");
    HttpResponse<String> second = signUp("ann@example.org");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body()).contains("If ann@example.org can receive alerts");
    assertThat(server.inbox.messages()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not-an-address | /search?q=Colwall    | daily  | That does not look like an email address",
      "ann@example.org | /meetings?q=Colwall  | daily  | Only searches of /search or /resolutions can be followed.",
      "ann@example.org | /search?from=tuesday | daily  | from must be a date as YYYY-MM-DD, not &quot;tuesday&quot;.",
      "ann@example.org | /search?q=%zz        | daily  | That search&#39;s address is not well formed",
      "ann@example.org | /search?q=Colwall    | hourly | Choose how often: immediately, daily or weekly."})
  void a_bad_sign_up_gets_400_and_a_sentence(String email, String search, String frequency, String sentence)
      throws Exception {
    server = new AlertServer(tmp, "sqlite", CABINET_2015);
    HttpResponse<String> r = post("/alerts", "email", email, "search", search, "frequency", frequency);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("This alert cannot be set up", sentence);
    assertThat(server.inbox.messages()).isEmpty();
  }

  @Test
  void links_that_do_not_work_say_so_and_change_nothing() throws Exception {
    server = new AlertServer(tmp, "sqlite", CABINET_2015);
    assertThat(get("/alerts/confirm?token=made-up").statusCode()).isEqualTo(410);
    assertThat(get("/alerts/confirm").statusCode()).isEqualTo(410);
    assertThat(get("/alerts/manage?token=made-up").statusCode()).isEqualTo(410);
    HttpResponse<String> r = post("/alerts/unsubscribe?token=made-up", "List-Unsubscribe", "One-Click");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("This alert was already stopped, or the link has expired.");
    assertThat(post("/alerts/manage/delete", "token", "made-up", "alert", "x").statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void the_manage_page_lists_an_address_alerts_and_deletes_one(String db) throws Exception {
    server = new AlertServer(tmp, db, CABINET_2015);
    signUp("ann@example.org");
    HttpResponse<String> confirmed = get(Inbox.link(server.inbox.messages().get(0), server.base + "/alerts/confirm?token=")
        .substring(server.base.length()));
    assertThat(confirmed.body()).contains("We will email ann@example.org at most once a week with new results for "
        + "&quot;Colwall&quot;.");
    String manage = confirmed.body().replaceAll("(?s).*href=\"(/alerts/manage\\?token=[^\"]+)\".*", "$1");
    HttpResponse<String> page = get(manage);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("The alerts that go to ann@example.org.", "<a href=\"/search?q=Colwall\">&quot;Colwall&quot;</a>");
    String id = server.alerts.store().all().get(0).id();
    String token = manage.substring(manage.indexOf('=') + 1);
    HttpResponse<String> deleted = post("/alerts/manage/delete", "token", token, "alert", id);
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).hasValue(manage);
    assertThat(get(manage).body()).contains("<p>None.</p>");
    assertThat(server.alerts.store().all()).isEmpty();
  }
}
