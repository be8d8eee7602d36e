package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged and partly scanned pack says so, and nothing links to a page that shows nothing. */
class DamagedDocumentTest {

  @TempDir
  Path dir;

  @Test
  void unread_and_ocr_pages_are_told_and_records_on_unread_pages_get_no_page() throws Exception {
    try (SearchService s = new TinyIndex()
        .add(new TinyIndex.PackBuilder("d.pdf", "Cabinet", LocalDate.of(2021, 3, 4))
            .page("Cabinet 4 March 2021. Agenda. 1 Apologies. 2 Budget monitoring.")
            .page("")
            .page(" ")
            .ocrPage("Scanned appendix: budget monitoring figures.")
            .item("1", "Apologies", 1)
            .item("2", "Budget monitoring", 2))
        .open(dir)) {
      MeetingView m = new MeetingStore(s.index()).meeting("d").orElseThrow();
      assertThat(m.meeting().note()).isEqualTo("2 of 4 pages could not be read; 1 of 4 pages' text from OCR");
      assertThat(m.agendaItems()).extracting(MeetingView.Entry::number, MeetingView.Entry::page)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 1), org.assertj.core.groups.Tuple.tuple("2", 0));

      SearchResults r = s.search(SearchRequest.of("monitoring"));
      SearchHit item = r.hits().stream().filter(h -> h.id().equals("d/item/2")).findFirst().orElseThrow();
      assertThat(item.page()).isZero();
      assertThat(item.note()).contains("could not be read");
      SearchHit scanned = r.hits().stream().filter(h -> h.id().equals("d/page/4")).findFirst().orElseThrow();
      assertThat(scanned.note()).startsWith("Text from OCR");
      assertThat(scanned.page()).isEqualTo(4);
    }
  }
}
