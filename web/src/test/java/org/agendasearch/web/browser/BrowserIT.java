package org.agendasearch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.web.SampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless chromium driven through chromedriver, against the
 * real server on a random port over the sample corpus. Fails (never skips) when the browser is
 * missing: {@code .ci/run} installs {@code chromium} and {@code chromium-driver}.
 */
class BrowserIT {

  static final Path SHOTS = TestFiles.repoRoot().resolve("web/target/screenshots");

  static SampleServer server;
  /** Two councils, each with a Cabinet that met on 26 February 2015. */
  static SampleServer councils;
  WebDriver browser;
  /** A fresh Chromium profile for each test, deleted after it. */
  @TempDir
  Path profile;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assertInstalled();
    server = SampleServer.start();
    councils = SampleServer.startTwoCouncils();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    councils.close();
  }

  @BeforeEach
  void openBrowser() {
    browser = Chromium.open(profile);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  String url(String path) {
    return server.url(path);
  }

  WebDriverWait waitUp() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void search_then_click_a_facet() {
    browser.get(url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("children");
    box.submit();
    waitUp().until(ExpectedConditions.urlContains("q=children"));
    String count = browser.findElement(By.id("count")).getText();
    assertThat(count).contains("matching records for “children”");
    WebElement cabinet = browser.findElement(By.xpath("//nav[@aria-labelledby='facet-committee']//a[contains(., 'Cabinet')]"));
    cabinet.click();
    waitUp().until(ExpectedConditions.urlContains("committee=Cabinet"));
    assertThat(browser.findElement(By.id("count")).getText()).isNotEqualTo(count);
    List<WebElement> metas = browser.findElements(By.cssSelector(".hit .meta"));
    assertThat(metas).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("Cabinet"));
    assertThat(browser.findElement(By.cssSelector("a.selected[aria-current='true']")).getText()).contains("Cabinet");
    // The URL carries the whole state: back goes to the unfiltered search.
    browser.navigate().back();
    waitUp().until(ExpectedConditions.not(ExpectedConditions.urlContains("committee=")));
    assertThat(browser.findElement(By.id("count")).getText()).isEqualTo(count);
  }

  @Test
  void browse_a_council_its_committee_and_search_it_by_the_council_facet() {
    browser.get(councils.url("/councils"));
    browser.findElement(By.linkText("Shropshire Council")).click();
    waitUp().until(ExpectedConditions.urlContains("/councils/shropshire-council"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Shropshire Council");
    assertThat(browser.findElement(By.id("committees")).getText()).isEqualTo("Committees");
    assertThat(browser.findElements(By.cssSelector("ul.meetings > li"))).hasSize(1);
    screenshot("council");
    browser.findElement(By.xpath("//ul[@class='committees']//a[.='Cabinet']")).click();
    waitUp().until(ExpectedConditions.urlContains("/committees/cabinet?council=shropshire-council"));
    assertThat(browser.findElement(By.cssSelector("p.council a")).getText()).isEqualTo("Shropshire Council");

    browser.get(councils.url("/search?q=colwall"));
    List<WebElement> facets = browser.findElements(By.cssSelector("aside.facets nav"));
    assertThat(facets.get(0).getAttribute("aria-labelledby")).isEqualTo("facet-council");
    facets.get(0).findElement(By.xpath(".//a[contains(., 'Shropshire Council')]")).click();
    waitUp().until(ExpectedConditions.urlContains("council=Shropshire+Council"));
    List<WebElement> metas = browser.findElements(By.cssSelector(".hit .meta"));
    assertThat(metas).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).contains("Shropshire Council"));
    assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("Council: Shropshire Council");
    screenshot("search-councils");
  }

  @Test
  void open_a_meeting_from_a_result() {
    browser.get(url("/search?q=colwall"));
    screenshot("search");
    browser.findElement(By.linkText("Meeting")).click();
    waitUp().until(ExpectedConditions.urlContains("/meetings/001_aa98a297444b1522"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cabinet, Thursday 26 February 2015");
    assertThat(browser.findElement(By.id("agenda")).getText()).isEqualTo("Agenda");
    assertThat(browser.findElements(By.cssSelector("ol.agenda > li"))).hasSize(9);
    assertThat(browser.findElements(By.cssSelector(".resolution"))).hasSize(5);
    screenshot("meeting");
  }

  @Test
  void from_a_meetings_attendance_to_a_persons_page_and_their_motions_page_of_the_pdf() {
    browser.get(url("/meetings/004_879e1e000eb8b86d"));
    WebElement present = browser.findElement(By.cssSelector(".attendance .people.present"));
    assertThat(present.getText()).startsWith("Present:").contains("Councillor Carole Gandy (chairperson)");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);",
        browser.findElement(By.cssSelector(".attendance")).findElement(By.xpath("./ancestor::section")));
    screenshot("meeting-attendance");
    present.findElement(By.linkText("Councillor Carole Gandy")).click();
    waitUp().until(ExpectedConditions.urlContains("/people/herefordshire-council--carole-gandy"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carole Gandy");
    assertThat(browser.findElements(By.cssSelector("table.attendance tbody tr"))).hasSize(1);
    List<WebElement> facts = browser.findElements(By.cssSelector("ol.person-facts > li"));
    assertThat(facts).hasSize(4); // present; moved items 5, 6 and 8
    assertThat(facts.get(1).getText()).contains("moved item 5");
    assertThat(facts.get(3).getText()).contains("moved item 8");
    screenshot("person");
    WebElement page = facts.get(1).findElement(By.partialLinkText("(PDF)"));
    assertThat(page.getAttribute("href")).contains("/documents/004_879e1e000eb8b86d.pdf#page=");
  }

  @Test
  void follow_a_resolution_to_its_page_of_the_pdf() {
    browser.get(url("/resolutions?q=%22joint+property+vehicle%22"));
    WebElement link = browser.findElement(By.cssSelector(".hit .page-link"));
    assertThat(link.getText()).isEqualTo("Page 3 of the PDF");
    assertThat(link.getAttribute("href")).endsWith("/documents/001_aa98a297444b1522.pdf#page=3");
    link.click();
    waitUp().until(ExpectedConditions.urlContains("/documents/001_aa98a297444b1522.pdf#page=3"));
  }

  @Test
  void keyboard_only_search() {
    browser.get(url("/"));
    Actions keys = new Actions(browser);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(active().getText()).isEqualTo("Skip to content");
    assertThat(active().getCssValue("left")).isNotEqualTo("-999px"); // the skip link shows when focused
    // Tab on to the search box, type, press Enter.
    for (int i = 0; i < 10 && !"q".equals(active().getAttribute("id")); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(active().getAttribute("id")).isEqualTo("q");
    keys.sendKeys("budget").sendKeys(Keys.ENTER).perform();
    waitUp().until(ExpectedConditions.urlContains("q=budget"));
    // Tab reaches the first result's link, with a visible focus outline.
    for (int i = 0; i < 30 && !isResultLink(active()); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(isResultLink(active())).as("a result link is reachable by Tab").isTrue();
    assertThat(active().getCssValue("outline-style")).isNotEqualTo("none");
    keys.sendKeys(Keys.ENTER).perform();
    waitUp().until(ExpectedConditions.urlContains("/documents/"));
  }

  @Test
  void pages_fit_a_360_pixel_phone_without_horizontal_scrolling() {
    browser.manage().window().setSize(new Dimension(360, 800));
    for (String path : List.of("/search?q=children", "/meetings", "/meetings/000_507079886cabe88a",
        "/resolutions?q=committee", "/committees/cabinet", "/people", "/people/herefordshire-council--carole-gandy")) {
      browser.get(url(path));
      Number width = (Number) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth;");
      Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
      assertThat(width.intValue()).as("page width of %s at 360 px", path).isLessThanOrEqualTo(viewport.intValue());
    }
    browser.get(url("/search?q=children"));
    // On a phone the results take the whole width and the filters come first, collapsed.
    WebElement results = browser.findElement(By.cssSelector("section.results"));
    WebElement toggle = browser.findElement(By.cssSelector("label.filters-toggle-label"));
    assertThat(results.getSize().getWidth()).isGreaterThan(280);
    assertThat(toggle.isDisplayed()).isTrue();
    assertThat(toggle.getLocation().getY()).isLessThan(results.getLocation().getY());
    WebElement cabinet = browser.findElement(By.xpath("//nav[@aria-labelledby='facet-committee']//a[contains(., 'Cabinet')]"));
    assertThat(cabinet.isDisplayed()).isFalse();
    screenshot("search-360");
    toggle.click();
    assertThat(cabinet.isDisplayed()).isTrue();
    cabinet.click();
    waitUp().until(ExpectedConditions.urlContains("committee=Cabinet"));
    // No heading breaks inside a date: each <time> in a heading is on one line.
    browser.get(url("/meetings/000_507079886cabe88a"));
    for (WebElement time : browser.findElements(By.cssSelector("h1 time, h2 time"))) {
      Number lines = (Number) ((JavascriptExecutor) browser).executeScript(
          "return arguments[0].getClientRects().length;", time);
      assertThat(lines.intValue()).as("lines of %s", time.getText()).isEqualTo(1);
    }
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private static boolean isResultLink(WebElement e) {
    String href = e.getAttribute("href");
    return "a".equals(e.getTagName()) && href != null && href.contains("/documents/")
        && !e.getAttribute("class").contains("page-link");
  }

  private void screenshot(String name) {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
