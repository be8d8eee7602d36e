package org.agendasearch.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingAuthorityTest {

  static PublishedMeeting published(String committee, LocalDate date, String time, String venue) {
    return new PublishedMeeting("Herefordshire Council", "herefordshire-council", "moderngov", "web service", "101",
        "12", committee, date, time, venue, "Confirmed", "http://x/ieListDocuments.aspx?CId=12&MId=101", List.of(),
        List.of(), List.of());
  }

  static Pack pack(Meeting m) {
    return new Pack("p.pdf", "abc", DocumentKind.AGENDA_PACK, m, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void the_councils_record_wins_and_each_disagreement_is_a_quality_line() {
    Pack parsed = pack(new Meeting("Cabinet Member", LocalDate.of(2015, 2, 25), LocalTime.of(10, 0), "Shire Hall"));
    Pack p = MeetingAuthority.apply(parsed, published("Cabinet", LocalDate.of(2015, 2, 26), "2.00 pm",
        "Shire Hall, St Peters Square, Hereford"));
    assertThat(p.meeting()).isEqualTo(new Meeting("Cabinet", LocalDate.of(2015, 2, 26), LocalTime.of(14, 0),
        "Shire Hall, St Peters Square, Hereford"));
    assertThat(p.quality()).containsExactly(
        "meeting.json: committee \"Cabinet\", the PDF \"Cabinet Member\"",
        "meeting.json: date \"2015-02-26\", the PDF \"2015-02-25\"",
        "meeting.json: time \"14:00\", the PDF \"10:00\"");
  }

  @Test
  void what_the_council_does_not_say_is_kept_from_the_pdf_and_agreement_is_silent() {
    Pack parsed = pack(new Meeting("CABINET", LocalDate.of(2015, 2, 26), LocalTime.of(14, 0), "Shire Hall"));
    Pack p = MeetingAuthority.apply(parsed, published("Cabinet", LocalDate.of(2015, 2, 26), null, null));
    assertThat(p.meeting()).isEqualTo(new Meeting("Cabinet", LocalDate.of(2015, 2, 26), LocalTime.of(14, 0), "Shire Hall"));
    assertThat(p.quality()).isEmpty();
  }

  @Test
  void the_sites_minutes_text_checks_the_decisions_parsed_from_the_same_meetings_minutes() {
    LocalDate day = LocalDate.of(2015, 1, 22);
    org.agendasearch.ingest.model.Minutes minutes = new org.agendasearch.ingest.model.Minutes("Cabinet", day, 3, List.of(
        new org.agendasearch.ingest.model.MinuteItem("56", "Minutes", 3, "...", List.of(
            new org.agendasearch.ingest.model.Resolution("That the minutes be approved.", 3))),
        new org.agendasearch.ingest.model.MinuteItem("57", "Budget", 4, "...", List.of())));
    Pack pack = new Pack("p.pdf", "abc", DocumentKind.MINUTES, new Meeting("Cabinet", day, null, null), List.of(),
        List.of(minutes), List.of(), List.of(), List.of());
    PublishedMeeting site = new PublishedMeeting("H", "h", "moderngov", "web service", "1", "2", "Cabinet", day, null,
        null, null, null, List.of(new PublishedMeeting.Item("56", "Minutes", "RESOLVED: that the minutes be approved."),
            new PublishedMeeting.Item("57", "Budget", "Resolved that the budget be recommended to Council."),
            new PublishedMeeting.Item("58", "Any other business", "None.")), List.of(), List.of());
    assertThat(MeetingAuthority.apply(pack, site).quality())
        .containsExactly("meeting.json: 2 minutes record a decision, the PDF's minutes of this meeting 1");
    PublishedMeeting nextMeeting = new PublishedMeeting("H", "h", "moderngov", "web service", "1", "2", "Cabinet",
        day.plusDays(35), null, null, null, null, site.agendaItems(), List.of(), List.of());
    // A pack carries the previous meeting's minutes: nothing of this meeting's to compare.
    assertThat(MeetingAuthority.decisions(pack, nextMeeting)).isEmpty();
  }

  @Test
  void ingest_reads_the_meeting_json_beside_a_pack(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("pack.pdf");
    Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), pdf);
    Pack without = new Ingestor().ingest(pdf);
    assertThat(without.meeting().committee()).isEqualTo("Cabinet");
    published("Cabinet (Special)", LocalDate.of(2015, 2, 27), "14:00", null).writeTo(dir);
    Pack with = new Ingestor().ingest(pdf);
    assertThat(with.meeting().committee()).isEqualTo("Cabinet (Special)");
    assertThat(with.meeting().date()).isEqualTo(LocalDate.of(2015, 2, 27));
    assertThat(with.quality()).contains("meeting.json: committee \"Cabinet (Special)\", the PDF \"Cabinet\"",
        "meeting.json: date \"2015-02-27\", the PDF \"2015-02-26\"");
    Files.writeString(dir.resolve("meeting.json"), "{not json");
    assertThat(new Ingestor().ingest(pdf).warnings()).anyMatch(w -> w.contains("meeting.json cannot be read"));
  }
}
