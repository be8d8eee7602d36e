package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendasearch.ingest.model.MinuteItem;
import org.junit.jupiter.api.Test;

/** Minutes' headings as the segmenter chooses them, on lines given as text with "*" before the bold ones. */
class MinuteSegmenterTest {

  private static List<Line> lines(String... texts) {
    return BoldLines.of(texts);
  }

  private static List<String> titles(List<Line> body) {
    return MinuteSegmenter.segment(body, LineLabel.label(body), Set.of(), new ArrayList<>()).items().stream()
        .map(MinuteItem::title).toList();
  }

  @Test
  void the_bold_name_above_a_sentence_saying_the_meeting_was_held_is_no_heading_and_bold_headings_win_over_some_run_in() {
    assertThat(titles(lines("*CORPORATION OF THE TOWNSHIP OF MELANCTHON",
        "The Council of the Corporation of the Township of Melancthon held a meeting on the 19th day",
        "of March, 2015 at 5:00 p.m. in the Council Chambers. Mayor D. White was present.",
        "*Announcements", "None.",
        "*Approval of Agenda", "Moved by Besley, Seconded by Elliott", "that the agenda be approved as amended.", "Carried.",
        "*Disclosure of Pecuniary Interest and the General Nature Thereof", "Can be declared at this time or anytime in the meeting.",
        "*Minutes", "Moved by Elliott, Seconded by Webster",
        "that the minutes of the previous Council meeting be approved as circulated.", "Carried.",
        "*Business Arising from Minutes", "The CAO/Clerk advised that she contacted the Town of Shelburne CAO.",
        "*Public Question Period", "No questions asked.")))
        .containsExactly("Announcements", "Approval of Agenda", "Disclosure of Pecuniary Interest and the General Nature Thereof",
            "Minutes", "Business Arising from Minutes", "Public Question Period");
  }
}
