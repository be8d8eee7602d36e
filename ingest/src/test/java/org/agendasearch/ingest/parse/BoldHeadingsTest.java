package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings that only a bold face marks ({@link BoldHeadings}), on lines given as text with "*" before the bold ones. */
class BoldHeadingsTest {

  private static List<Line> lines(String... texts) {
    return BoldLines.of(texts);
  }

  private static List<String> titles(List<Line> body) {
    return BoldHeadings.find(body, LineLabel.label(body), 0, body.size()).values().stream().map(TitleSplit::title).toList();
  }

  @Test
  void bold_lines_over_plain_paragraphs_are_headings_figures_and_all() {
    assertThat(titles(lines("*Declarations of Interest", "There were no declarations of interest.",
        "*Chairman's Announcements", "There were no Chairman's announcements.",
        "*Unit 7 Oxford Technology Park Kidlington", "The Committee considered application 22/01683/F.")))
        .containsExactly("Declarations of Interest", "Chairman's Announcements", "Unit 7 Oxford Technology Park Kidlington");
  }

  @Test
  void a_bold_heading_wrapped_after_a_joining_word_is_one_heading() {
    assertThat(titles(lines("*Apologies for Absence", "None were received.", "All members attended.", "*Report of the", "*Town Clerk",
        "The Clerk reported on the budget.", "The balance was noted.", "*Correspondence", "Letters were noted.", "None needed a reply.")))
        .containsExactly("Apologies for Absence", "Report of the Town Clerk", "Correspondence");
  }

  @Test
  void decisions_people_column_heads_dates_and_sentences_in_bold_are_no_headings() {
    assertThat(titles(lines("*Note No. Item", "*Apologies", "None were received.", "*RESOLVED:", "That the report be noted.",
        "*Councillor Hopkinson", "spoke to the item.", "*Planning Applications", "Two were considered.",
        "*Members noted the report.", "*Monday, 4th February, 2008", "*Resolution #16-01-2021, Moved by J. Mielhausen",
        "The agenda was approved.", "*Any Other Business", "There was none.")))
        .containsExactly("Apologies", "Planning Applications", "Any Other Business");
  }

  @Test
  void fewer_than_three_or_a_document_two_thirds_in_bold_say_nothing() {
    assertThat(titles(lines("*Apologies", "None.", "*Correspondence", "Letters were noted.", "The meeting closed."))).isEmpty();
    assertThat(titles(lines("*Apologies", "*None were received today.", "*Correspondence", "*Letters were noted today.",
        "*Finance", "The accounts were noted."))).isEmpty();
  }

  @Test
  void bold_headings_that_are_numbered_leave_the_numbers_to_mark_them() {
    assertThat(titles(lines("*30.17.18 APOLOGIES FOR ABSENCE", "None.", "*31.17.18 DECLARATIONS OF INTEREST", "None.",
        "*32.17.18 PUBLIC PARTICIPATION", "No members of the public attended."))).isEmpty();
  }
}
