package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.RecordType;
import org.junit.jupiter.api.Test;

/** Minutes that print no headings: their decisions are records, the minute that holds them is not. */
class HeadlessMinuteRecordsTest {

  @Test
  void decisions_of_minutes_without_headings_are_indexed_without_an_empty_minute_and_their_mover_says_where() {
    LocalDate date = LocalDate.of(2017, 1, 3);
    MinuteItem headless = new MinuteItem(null, null, 1, "", List.of(
        new Resolution("approve the agenda.", 1, "Kaufmann", "Gaul", null)));
    Minutes minutes = new Minutes("Cedar County Board of Supervisors", date, 1, List.of(headless),
        List.of(new Attendee("Kaufmann", null, null, "member", "present", 1)), List.of(), false);
    Pack pack = new Pack("cedar.pdf", "sha", DocumentKind.MINUTES,
        new Meeting("Cedar County Board of Supervisors", date, null, null), List.of(), List.of(minutes), List.of(),
        List.of(new Page(1, "Moved by Kaufmann seconded by Gaul to approve the agenda.", false)), List.of());

    List<IndexRecord> records = Records.of(pack, "cedar.pdf", null);

    assertThat(records).extracting(IndexRecord::type).doesNotContain(RecordType.MINUTE_ITEM).contains(RecordType.RESOLUTION);
    assertThat(records).filteredOn(r -> r.type() == RecordType.RESOLUTION).extracting(IndexRecord::text)
        .containsExactly("approve the agenda.");
    assertThat(records).filteredOn(r -> r.type() == RecordType.PERSON).extracting(IndexRecord::text).containsExactly(
        "Kaufmann: present. Moved a motion on page 1.", "Gaul: named in the minutes. Seconded a motion on page 1.");
  }
}
