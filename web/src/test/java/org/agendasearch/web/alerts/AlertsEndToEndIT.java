package org.agendasearch.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.agendasearch.alerts.testing.Inbox;
import org.agendasearch.web.browser.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An alert from end to end, as a person meets it: sign up from the search page in Chromium, follow
 * the confirmation email, a pack is added and the index rebuilt, exactly one email names the new
 * hit and its page, one click stops it, and nothing comes after; on SQLite and on PostgreSQL.
 */
class AlertsEndToEndIT {

  /** The Children and Young People Scrutiny Committee of 2 October 2017: "Marlbrook" is on page 16 only. */
  private static final String SCRUTINY_2017 = "000_507079886cabe88a.pdf";
  private static final String CABINET_2015 = "001_aa98a297444b1522.pdf";

  @TempDir
  Path tmp;
  @TempDir
  Path profile;

  private AlertServer server;
  private WebDriver browser;

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Waits for the page a form submitted to, by its heading (the old page's may still be there when click returns). */
  private void heading(String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void sign_up_confirm_receive_one_email_for_the_new_pack_unsubscribe_and_receive_nothing_more(String db)
      throws Exception {
    server = new AlertServer(tmp, db, CABINET_2015);
    browser = Chromium.open(profile);

    browser.get(server.base + "/search?q=Marlbrook");
    browser.findElement(By.id("alert-email")).sendKeys("ann@example.org");
    new Select(browser.findElement(By.id("alert-frequency"))).selectByValue("immediately");
    browser.findElement(By.cssSelector("form.alert-signup button")).click();
    heading("Check your inbox");
    assertThat(server.inbox.messages()).hasSize(1);

    browser.get(Inbox.link(server.inbox.messages().get(0), server.base + "/alerts/confirm?token="));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your alert is on");

    server.addPack(SCRUTINY_2017, SCRUTINY_2017);
    server.reindex();
    assertThat(server.inbox.messages()).hasSize(2);
    MimeMessage alert = server.inbox.messages().get(1);
    assertThat(alert.getSubject()).isEqualTo("1 new result for \"Marlbrook\" – Agenda Search");
    String text = Inbox.part(alert, "text/plain");
    assertThat(text).contains("\nChildren and young people scrutiny committee · Monday 2 October 2017 · Page\n"
        + "Children and young people scrutiny committee, 2 October 2017\n",
        " *Marlbrook* Primary School ", "\n" + server.base + "/documents/000_507079886cabe88a.pdf#page=16\n");
    assertThat(Inbox.part(alert, "text/html")).contains("<mark>Marlbrook</mark>",
        "href=\"" + server.base + "/documents/000_507079886cabe88a.pdf#page=16\"");

    browser.get(Inbox.link(alert, server.base + "/alerts/unsubscribe?token="));
    browser.findElement(By.cssSelector("form button")).click();
    heading("Alert stopped");

    server.addPack(SCRUTINY_2017, "copy-of-" + SCRUTINY_2017);
    server.reindex();
    assertThat(server.inbox.messages()).hasSize(2);
    assertThat(server.alerts.store().all()).isEmpty();
  }
}
