package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Minutes that name each item in a left margin. */
class MarginLabelsTest {

  private static Line cells(String label, String beside) {
    return new Line(1, label + " " + beside, List.of(label.length() + 1));
  }

  @Test
  void each_label_is_a_heading_of_its_own_or_gives_way_to_the_heading_beside_it() {
    List<Line> lines = List.of(new Line(1, "November 6, 2007"),
        cells("CALL TO ORDER", "Mayor Wilks called the meeting to order at 7: 13 p.m."),
        cells("ROLL CALL", "Present:"),
        new Line(1, "Trustee Paul Hoefert"),
        cells("PLEDGE", "PLEDGE OF ALLEGIANCE"),
        new Line(1, "Mayor Wilks led the Pledge of Allegiance."));
    MarginLabels.Split s = MarginLabels.split(lines);
    assertThat(s.lines()).extracting(Line::text).containsExactly("November 6, 2007", "CALL TO ORDER",
        "Mayor Wilks called the meeting to order at 7: 13 p.m.", "ROLL CALL", "Present:", "Trustee Paul Hoefert",
        "PLEDGE OF ALLEGIANCE", "Mayor Wilks led the Pledge of Allegiance.");
    assertThat(s.headings()).containsExactly(1, 3, 6);
  }

  @Test
  void labels_of_who_was_there_are_no_margin_of_headings() {
    List<Line> lines = List.of(cells("ATTENDANCE", "Crs W Devlin, W Attwood, T Barnes"), cells("OFFICERS PRESENT", "Mr Norm Garsden"),
        cells("GALLERY", "Mr Cameron Barnes"), cells("WELCOME", "The Mayor welcomed all."));
    assertThat(MarginLabels.split(lines).lines()).isSameAs(lines);
  }

  @Test
  void two_labels_are_not_a_margin() {
    List<Line> lines = List.of(cells("CALL TO ORDER", "Mayor Wilks called the meeting to order."), cells("ROLL CALL", "Present:"));
    assertThat(MarginLabels.split(lines).lines()).isSameAs(lines);
  }
}
