package org.agendasearch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agendasearch.search.MeetingView;
import org.junit.jupiter.api.Test;

/** The meeting page as rendered: notes about the text, no link to an unknown page, anchors. */
class MeetingPageTemplateTest {

  @Test
  void a_damaged_document_says_so_and_an_item_on_an_unread_page_gets_no_page_link() {
    MeetingView m = new MeetingView(
        new MeetingView.Summary("d", "Cabinet", "cabinet", "2021-03-04", null, null, "d.pdf", "Cabinet, 4 March 2021",
            "agenda_pack", "40 of 53 pages could not be read", "Herefordshire Council", "herefordshire-council"),
        List.of(new MeetingView.Entry("d/item/1", "1", "Apologies", null, 1, null),
            new MeetingView.Entry("d/item/2", "2", "Budget", null, 0, null)),
        List.of(), List.of());
    String html = new Templates().render("meeting", Map.of("m", m, "doc", "/documents/d.pdf", "paperKind",
        "Agenda pack", "title", "t"));
    assertThat(html).contains("40 of 53 pages could not be read.")
        .contains("href=\"/documents/d.pdf#page=1\"").doesNotContain("#page=0")
        .contains("(page not known)")
        .contains("id=\"item-2\"")
        .contains("<time datetime=\"2021-03-04\">Thursday 4 March 2021</time>")
        .contains("Agenda pack: Cabinet, 4 March 2021 (PDF)");
  }

  @Test
  void a_resolution_shows_its_mover_seconder_and_recorded_votes() {
    MeetingView.Entry budget = new MeetingView.Entry("d/minutes/1/57/resolution/1", "57", "Budget",
        "That the budget be approved.", 3, null, new MeetingView.PersonRef("R W Gough", "h--r-w-gough"),
        new MeetingView.PersonRef("C Bell", "h--c-bell"),
        new org.agendasearch.ingest.model.Votes(5, 2, null, List.of(), List.of("D White", "E Green"), List.of()));
    MeetingView m = new MeetingView(
        new MeetingView.Summary("d", "Cabinet", "cabinet", "2021-03-04", null, null, "d.pdf", "Cabinet, 4 March 2021",
            "agenda_pack", null, "Herefordshire Council", "herefordshire-council"),
        List.of(), List.of(new MeetingView.MinutesEntry("Cabinet", "2021-03-04", 2,
            List.of(new MeetingView.MinuteEntry("57", "Budget", 3, List.of(budget))), "d", "d.pdf", false, List.of())),
        List.of());
    String html = new Templates().render("meeting", Map.of("m", m, "doc", "/documents/d.pdf", "paperKind",
        "Minutes", "title", "t"));
    assertThat(html).contains("Moved by <a href=\"/people/h--r-w-gough\">R W Gough</a>, seconded by "
        + "<a href=\"/people/h--c-bell\">C Bell</a>.")
        .contains("<p class=\"votes\">Votes: For 5; against 2 (D White, E Green).</p>");
  }
}
