package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minutes of 15 September are printed in the December pack (for approval) and also stand
 * alone: one set of records, listing both files, linked to the meeting they record.
 */
class OneRecordPerFactTest {

  @TempDir
  Path dir;

  private static final LocalDate SEPTEMBER = LocalDate.of(2020, 9, 15);
  private static final LocalDate DECEMBER = LocalDate.of(2020, 12, 1);

  private static MinuteItem minute56(int page) {
    return new MinuteItem("56", "SAFEGUARDING PLAN", page, "The committee considered the safeguarding plan.",
        List.of(new Resolution("That the safeguarding plan be approved.", page)));
  }

  private SearchService index() throws Exception {
    return new TinyIndex()
        // The September meeting's own agenda pack (no minutes in it).
        .add(new TinyIndex.PackBuilder("sept.pdf", "Cabinet", SEPTEMBER)
            .page("Cabinet 15 September 2020. Agenda. 4 Safeguarding plan.")
            .item("4", "Safeguarding plan", 1))
        // The December pack carries September's minutes on page 3.
        .add(new TinyIndex.PackBuilder("dec.pdf", "Cabinet", DECEMBER)
            .page("Cabinet 1 December 2020. Agenda.")
            .page("Budget.")
            .page("Minutes of Cabinet, 15 September 2020. 56 Safeguarding plan. RESOLVED: That the plan be approved.")
            .minutes("Cabinet", SEPTEMBER, 3, minute56(3)))
        // The standalone minutes of September.
        .add(new TinyIndex.PackBuilder("minutes.pdf", "Cabinet", null)
            .page("Minutes of Cabinet, 15 September 2020. 56 Safeguarding plan. RESOLVED: That the plan be approved.")
            .minutes("Cabinet", SEPTEMBER, 1, minute56(1)))
        .open(dir);
  }

  @Test
  void the_same_resolution_in_two_files_is_one_hit_listing_both() throws Exception {
    try (SearchService s = index()) {
      SearchResults r = s.search(new SearchRequest("\"safeguarding plan\"", List.of(), List.of(),
          List.of("resolution"), null, null, SearchRequest.Sort.RELEVANCE, 1, 10));
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits()).hasSize(1);
      SearchHit hit = r.hits().get(0);
      assertThat(hit.alsoIn()).hasSize(1);
      // Equal copies: the first by document id stays (on every backend), the other is listed.
      assertThat(hit.source()).isEqualTo("dec.pdf");
      assertThat(hit.alsoIn().get(0).source()).isEqualTo("minutes.pdf");
      assertThat(hit.alsoIn().get(0).page()).isEqualTo(1);
      // Linked to the meeting its minutes record, not to the December pack it was printed in.
      assertThat(hit.meetingId()).isEqualTo("sept");
      SearchResults minutes = s.search(new SearchRequest("\"safeguarding plan\"", List.of(), List.of(),
          List.of("minute_item"), null, null, SearchRequest.Sort.RELEVANCE, 1, 10));
      assertThat(minutes.total()).isEqualTo(1);
    }
  }

  @Test
  void the_meeting_page_shows_the_minutes_that_record_it_from_other_files_once() throws Exception {
    try (SearchService s = index()) {
      MeetingStore backend = new MeetingStore(s.index());
      MeetingView september = backend.meeting("sept").orElseThrow();
      assertThat(september.minutes()).hasSize(1);
      MeetingView.MinutesEntry mn = september.minutes().get(0);
      assertThat(mn.elsewhere()).isTrue();
      assertThat(mn.documentId()).isIn("dec", "minutes");
      assertThat(mn.items()).extracting(MeetingView.MinuteEntry::number).containsExactly("56");
      assertThat(mn.items().get(0).resolutions()).hasSize(1);
      // The December pack still shows what it carries.
      MeetingView december = backend.meeting("dec").orElseThrow();
      assertThat(december.minutes()).hasSize(1);
      assertThat(december.minutes().get(0).elsewhere()).isFalse();
    }
  }
}
