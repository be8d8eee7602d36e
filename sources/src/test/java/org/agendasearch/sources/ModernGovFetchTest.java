package org.agendasearch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.sources.moderngov.ModernGov;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda fetch} from a ModernGov site: the fake one of {@link FakeModernGov}, on a loopback port. */
class ModernGovFetchTest {

  static final LocalDate JAN_17 = LocalDate.of(2024, 1, 17);
  static final LocalDate FEB_5 = LocalDate.of(2024, 2, 5);
  static final String PACK = "/documents/g101/Public reports pack 17th-Jan-2024 14.00 Cabinet.pdf";
  static final String MINUTES = "/documents/g101/Printed minutes 17th-Jan-2024 14.00 Cabinet.pdf";
  static final String BUDGET = "/documents/s5001/Budget monitoring report.pdf";
  static final String FRONT = "/documents/g201/Agenda frontsheet 05th-Feb-2024 14.00 Planning Committee.pdf";
  static final String APPLICATION = "/documents/s6001/Application 23-0456 Land at Mill Lane.pdf";

  @TempDir
  Path corpus;
  FakeModernGov site;
  Council council;

  @BeforeEach
  void site() throws Exception {
    site = new FakeModernGov();
    FakeModernGov.Committee cabinet = new FakeModernGov.Committee("12", "Cabinet", false, false);
    FakeModernGov.Committee planning = new FakeModernGov.Committee("34", "Planning Committee", false, true);
    FakeModernGov.Committee gone = new FakeModernGov.Committee("56", "Old Board", true, false);
    site.committees.addAll(List.of(cabinet, planning, gone));
    site.meeting("101", cabinet, JAN_17, List.of(
        new FakeModernGov.Paper("Public reports pack", PACK, true, null),
        new FakeModernGov.Paper("Printed minutes", MINUTES, true, null),
        new FakeModernGov.Paper("Budget monitoring report", BUDGET, false, "5001")),
        List.<String[]>of(new String[] {"1.", "Apologies", "<p>Apologies were received from Cllr Brown.</p>"},
            new String[] {"7.", "Budget monitoring report", "<p><b>RESOLVED</b> that the report be noted.</p>"}));
    site.meeting("201", planning, FEB_5, List.of(
        new FakeModernGov.Paper("Agenda frontsheet", FRONT, true, null),
        new FakeModernGov.Paper("Application 23/0456 Land at Mill Lane", APPLICATION, false, "6001")),
        List.<String[]>of(new String[] {"5.", "Application 23/0456 Land at Mill Lane", ""}));
    site.meeting("301", gone, JAN_17, List.of(), List.of());
    council = new Council("Example Council", "example-council", new Council.Source("moderngov", site.base().toString()));
  }

  @AfterEach
  void close() {
    site.close();
  }

  /** Options for a test: no pause between requests, short timeouts, one retry, today as given. */
  FetchOptions options(LocalDate today) {
    return new FetchOptions(corpus, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(), Duration.ZERO,
        Duration.ofMillis(1500), 1, Duration.ofMillis(1), 10_000, "democracy@example.org", 30,
        Clock.fixed(today.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));
  }

  Fetcher.CouncilResult fetch(FetchOptions options) throws Exception {
    ModernGov source = new ModernGov(council, new PoliteClient(options, site.base()));
    List<FetchReport> seen = new ArrayList<>();
    Fetcher.CouncilResult r = new Fetcher(options).fetch(council, source, seen::add);
    assertThat(seen).isEqualTo(r.lines());
    return r;
  }

  /** The four papers a full fetch saves, in the order fetched. */
  static final List<String> FILES = List.of(
      "example-council/cabinet/2024-01-17_101/Public_reports_pack.pdf",
      "example-council/cabinet/2024-01-17_101/Printed_minutes.pdf",
      "example-council/planning-committee/2024-02-05_201/Agenda_frontsheet.pdf",
      "example-council/planning-committee/2024-02-05_201/Application_23_0456_Land_at_Mill_Lane.pdf");

  /** Each of the four papers with this status, as {@link #lines} gives them. */
  static List<String> status(String status) {
    return FILES.stream().map(f -> status + " " + f).toList();
  }

  static List<String> lines(Fetcher.CouncilResult r) {
    return r.lines().stream().map(l -> l.status() + " " + (l.file() == null ? l.url() : l.file())).toList();
  }

  @Test
  void a_full_fetch_writes_each_meetings_pack_or_papers_and_its_meeting_json() throws Exception {
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(lines(r)).isEqualTo(status("new"));
    assertThat(r.summary()).isEqualTo("Example Council: 2 meetings, 4 new, 0 changed, 0 unchanged, 0 present, 0 failed");
    Path cabinet = corpus.resolve("example-council/cabinet/2024-01-17_101");
    assertThat(Files.readAllBytes(cabinet.resolve("Public_reports_pack.pdf"))).isEqualTo(site.files.get(PACK));
    PublishedMeeting m = PublishedMeeting.beside(cabinet.resolve("Public_reports_pack.pdf")).orElseThrow();
    assertThat(m.council()).isEqualTo("Example Council");
    assertThat(m.committee()).isEqualTo("Cabinet");
    assertThat(m.date()).isEqualTo(JAN_17);
    assertThat(m.time()).isEqualTo("14:00");
    assertThat(m.venue()).isEqualTo("Shire Hall, Hereford");
    assertThat(m.via()).isEqualTo("web service");
    assertThat(m.attendees()).containsExactly("Councillor Jane Smith");
    assertThat(m.agendaItems()).extracting(PublishedMeeting.Item::minutes)
        .containsExactly("Apologies were received from Cllr Brown.", "RESOLVED that the report be noted.");
    // With a pack, an item's own papers are listed (the pack holds them) but not downloaded.
    assertThat(m.documents()).extracting(d -> d.kind() + ":" + d.file() + ":" + d.attachmentId())
        .containsExactly("reports_pack:Public_reports_pack.pdf:null", "minutes:Printed_minutes.pdf:null",
            "item:null:5001");
    assertThat(site.requests).doesNotContain("/mgWebService.asmx/GetMeetings?lCommitteeId=56&sFromDate=01/01/2024&sToDate=31/12/2024")
        .contains("/mgWebService.asmx/GetMeetings?lCommitteeId=34&sFromDate=01/01/2024&sToDate=31/12/2024");
    assertThat(site.requests.get(0)).isEqualTo("/robots.txt");
    try (var files = Files.walk(corpus)) {
      assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void a_second_fetch_downloads_nothing_and_a_changed_paper_is_downloaded_again() throws Exception {
    fetch(options(LocalDate.of(2024, 6, 1)));
    int before = site.requests.size();
    Fetcher.CouncilResult again = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(again.summary()).isEqualTo("Example Council: 2 meetings, 0 new, 0 changed, 0 unchanged, 4 present, 0 failed");
    assertThat(site.paperRequests(before)).isEmpty();

    // Within the recheck window papers are downloaded again and compared: a republished pack is replaced.
    site.files.put(PACK, FakeModernGov.pdf("the pack, republished with a late report"));
    before = site.requests.size();
    Fetcher.CouncilResult recheck = fetch(options(LocalDate.of(2024, 2, 10)));
    List<String> expected = new ArrayList<>(status("unchanged"));
    expected.set(0, "changed " + FILES.get(0));
    assertThat(lines(recheck)).isEqualTo(expected);
    assertThat(site.paperRequests(before)).hasSize(4);
    assertThat(Files.readAllBytes(corpus.resolve("example-council/cabinet/2024-01-17_101/Public_reports_pack.pdf")))
        .isEqualTo(site.files.get(PACK));
    Manifest manifest = Manifest.load(corpus.resolve("example-council"));
    assertThat(manifest.papers()).hasSize(4);
    assertThat(manifest.papers().get("attachment:6001").file())
        .isEqualTo("example-council/planning-committee/2024-02-05_201/Application_23_0456_Land_at_Mill_Lane.pdf");
  }

  @Test
  void with_the_web_service_switched_off_the_meeting_pages_give_the_same_papers() throws Exception {
    site.webServiceOff = true;
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(lines(r)).isEqualTo(status("new"));
    PublishedMeeting m = PackJson.MAPPER.readValue(
        corpus.resolve("example-council/planning-committee/2024-02-05_201/meeting.json").toFile(), PublishedMeeting.class);
    assertThat(m.via()).isEqualTo("meeting page");
    assertThat(m.committee()).isEqualTo("Planning Committee");
    assertThat(m.date()).isEqualTo(FEB_5);
    assertThat(m.time()).isEqualTo("14:00");
    assertThat(site.requests).contains("/ieListMeetings.aspx?CId=12&Year=2024");
  }

  @Test
  void xml_with_a_doctype_is_refused_and_the_meeting_pages_read_instead() throws Exception {
    site.bodies.put("/mgWebService.asmx/GetCommittees", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><committees><committee><committeeid>1</committeeid><committeetitle>&x;"
        + "</committeetitle></committee></committees>");
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(lines(r)).isEqualTo(status("new"));
    assertThat(PublishedMeeting.beside(corpus.resolve(FILES.get(0))).orElseThrow().via()).isEqualTo("meeting page");
    assertThat(site.requests).contains("/mgListCommittees.aspx");
  }

  @Test
  void a_500_on_one_paper_is_reported_after_a_retry_and_the_run_goes_on() throws Exception {
    site.errors.put(MINUTES, 500);
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    FetchReport failed = r.lines().get(1);
    assertThat(failed.status()).isEqualTo("failed");
    assertThat(failed.reason()).startsWith("HTTP 500 from http://127.0.0.1:").endsWith("Printed%20minutes%2017th-Jan-2024%2014.00%20Cabinet.pdf");
    assertThat(site.requests.stream().filter(q -> q.equals(MINUTES))).hasSize(2); // one try and one retry
    assertThat(r.count("new")).isEqualTo(3);
    assertThat(corpus.resolve("example-council/cabinet/2024-01-17_101/Printed_minutes.pdf")).doesNotExist();
    // The next run picks the missing paper up.
    site.errors.clear();
    assertThat(lines(fetch(options(LocalDate.of(2024, 6, 1)))))
        .contains("new example-council/cabinet/2024-01-17_101/Printed_minutes.pdf");
  }

  @Test
  void bad_answers_are_reasons_in_the_report_never_the_end_of_the_run() throws Exception {
    site.files.put(PACK, "<html><body>Please log in</body></html>".getBytes());  // an HTML page where a PDF was expected
    site.files.put(MINUTES, FakeModernGov.pdf("x".repeat(20_000)));             // over the cap of 10,000 bytes
    site.hanging.add(FRONT);                                                      // never answers
    site.bodies.put("/mgWebService.asmx/GetMeeting?lMeetingId=201", "<getmeeting><meeting><meetingid>201</meeting>");
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(r.lines()).extracting(l -> l.status() + ": " + l.reason()).containsExactly(
        "failed: not a PDF (application/pdf, starts \"<html\"): a login or error page?",
        "failed: larger than the cap of 10000 bytes",
        "failed: GetMeeting 201 is not well-formed XML: The element type \"meetingid\" must be terminated by the matching end-tag \"</meetingid>\".");
    assertThat(r.lines().get(2).meetingId()).isEqualTo("201");
    site.bodies.clear();
    Fetcher.CouncilResult timedOut = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(timedOut.lines()).filteredOn(l -> l.title().equals("Agenda frontsheet")).singleElement()
        .satisfies(l -> assertThat(l.reason()).matches("no answer from http://127\\.0\\.0\\.1:\\d+/documents/g201/.* within 1 s"));
  }

  @Test
  void a_hostile_paper_name_is_made_safe_and_papers_off_the_councils_host_are_refused() throws Exception {
    site.meetings.removeIf(m -> !m.id().equals("101"));
    FakeModernGov.Meeting m = site.meetings.get(0);
    site.meetings.set(0, new FakeModernGov.Meeting(m.id(), m.committee(), m.date(), m.time(), m.venue(), List.of(
        new FakeModernGov.Paper("Agenda frontsheet ../../../../etc/passwd", FRONT, true, null)), List.of()));
    site.bodies.put("/mgWebService.asmx/GetMeeting?lMeetingId=101", """
        <getmeeting><meeting><meetingid>101</meetingid><meetingdate>17/01/2024</meetingdate>
        <agendaitems><agendaitem><agendaitemtitle>Elsewhere</agendaitemtitle><linkeddocuments>
        <linkeddoc><attachmentid>9</attachmentid><title>Elsewhere</title><url>http://evil.example/x.pdf</url></linkeddoc>
        <linkeddoc><attachmentid>10</attachmentid><title>Local file</title><url>file:///etc/passwd</url></linkeddoc>
        </linkeddocuments></agendaitem></agendaitems></meeting></getmeeting>""");
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(r.lines()).extracting(l -> l.status() + " " + (l.file() == null ? l.reason() : l.file())).containsExactly(
        "new example-council/cabinet/2024-01-17_101/Agenda_frontsheet_._._._._etc_passwd.pdf",
        "failed not on the council's site (127.0.0.1): http://evil.example/x.pdf",
        "failed not an http(s) address: file:///etc/passwd");
    assertThat(FileNames.of("../../etc/passwd", "paper")).isEqualTo("etc_passwd");
    assertThat(FileNames.of("..", "paper")).isEqualTo("paper");
    assertThat(FileNames.of("CON", "paper")).isEqualTo("paper");
    assertThat(FileNames.of(".hidden\u0000name\n.PDF", "paper")).isEqualTo("hidden_name");
    PublishedMeeting pm = PublishedMeeting.beside(corpus.resolve("example-council/cabinet/2024-01-17_101/x.pdf")).orElseThrow();
    assertThat(pm.documents()).extracting(PublishedMeeting.Document::url).contains("http://evil.example/x.pdf");
  }

  @Test
  void a_council_whose_site_refuses_us_is_one_failed_line() throws Exception {
    site.webServiceOff = true;
    site.errors.put("/mgListCommittees.aspx", 403);
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(r.councilFailed()).isTrue();
    assertThat(r.summary()).startsWith("Example Council: failed: neither the web service (HTTP 500 from ")
        .contains("nor the committee pages (HTTP 403 from ");
  }

  @Test
  void redirects_are_followed_on_the_councils_site_and_refused_off_it() throws Exception {
    site.files.put("/moved/pack.pdf", site.files.get(PACK));
    site.redirects.put(PACK, "/moved/pack.pdf");
    site.redirects.put(MINUTES, "http://elsewhere.example/minutes.pdf");
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(r.lines()).extracting(l -> l.status() + " " + (l.reason() == null ? l.file() : l.reason())).startsWith(
        "new " + FILES.get(0), "failed not on the council's site (127.0.0.1): http://elsewhere.example/minutes.pdf");
    assertThat(site.requests).contains("/moved/pack.pdf");
  }

  @Test
  void only_the_committees_named_are_fetched_expired_ones_included() throws Exception {
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)).withCommittees(List.of("planning")));
    assertThat(lines(r)).isEqualTo(status("new").subList(2, 4));
    assertThat(site.requests).noneMatch(q -> q.startsWith("/mgWebService.asmx/GetMeetings?lCommitteeId=12&"));
  }

  @Test
  void robots_txt_is_respected() throws Exception {
    site.robots = "User-agent: Googlebot\nDisallow:\n\nUser-agent: *\nDisallow: /documents/\n";
    Fetcher.CouncilResult r = fetch(options(LocalDate.of(2024, 6, 1)));
    assertThat(r.count("failed")).isEqualTo(4);
    assertThat(r.lines().get(0).reason()).isEqualTo("robots.txt of 127.0.0.1 disallows /documents/g101/Public%20reports%20pack%2017th-Jan-2024%2014.00%20Cabinet.pdf");
    assertThat(site.paperRequests(0)).isEmpty();
  }
}
