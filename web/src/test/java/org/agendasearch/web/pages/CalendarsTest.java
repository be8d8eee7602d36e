package org.agendasearch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import biweekly.Biweekly;
import biweekly.ICalendar;
import java.time.Instant;
import java.util.List;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.search.MeetingView;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting calendars, read back as a calendar program reads them. */
class CalendarsTest {

  @Test
  void a_time_is_london_time_in_summer_and_winter_and_a_meeting_with_no_time_is_all_day() {
    assertThat(Calendars.start("2017-10-02", "10:15").getValue().toInstant()).isEqualTo(Instant.parse("2017-10-02T09:15:00Z"));
    assertThat(Calendars.start("2015-02-26", "14:00").getValue().toInstant()).isEqualTo(Instant.parse("2015-02-26T14:00:00Z"));
    String ics = Calendars.calendar("Test", List.of(new MeetingView.Summary("m1", "Cabinet", "cabinet", "2017-10-02",
        "2pm prompt", null, "a.pdf", "Cabinet", "agenda_pack", null, null, null)), "https://agenda.test");
    assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20171002\r\n").doesNotContain("LOCATION");
  }

  @TempDir
  Path tmp;

  @Test
  void every_meeting_is_an_event_with_its_time_venue_and_page() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), corpus.resolve("001_aa98a297444b1522.pdf"));
    new IndexBuilder(new Ingestor(), 1).rebuild(corpus, new IndexLayout(tmp.resolve("index")), ReindexListener.NONE);
    try (Services services = Services.open(tmp.resolve("index"), corpus)) {
      JavalinTest.test(WebApp.create(services), (server, client) -> {
        var all = client.get("/meetings.ics");
        assertThat(all.code()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("text/calendar");
        ICalendar ical = Biweekly.parse(all.body().string()).first();
        assertThat(ical.getEvents()).singleElement().satisfies(e -> {
          assertThat(e.getSummary().getValue()).isEqualTo("Cabinet");
          assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2015-02-26T14:00:00Z"));
          assertThat(e.getLocation().getValue()).isEqualTo("Shire Hall, St Peters Square, Hereford, HR1 2HX");
          assertThat(e.getUrl().getValue()).isEqualTo("http://127.0.0.1:" + server.port() + "/meetings/001_aa98a297444b1522");
          assertThat(e.getUid().getValue()).isEqualTo("001_aa98a297444b1522@agenda-search");
        });
        assertThat(Biweekly.parse(client.get("/committees/cabinet.ics").body().string()).first().getEvents())
            .extracting(e -> e.getSummary().getValue()).containsExactly("Cabinet");
        assertThat(client.get("/committees/no-such-committee.ics").code()).isEqualTo(404);
        // One council's committee of that name: none here is another council's Cabinet.
        assertThat(client.get("/committees/cabinet.ics?council=shropshire-council").code()).isEqualTo(404);
        assertThat(client.get("/councils/no-such-council.ics").code()).isEqualTo(404);
      });
    }
  }
}
