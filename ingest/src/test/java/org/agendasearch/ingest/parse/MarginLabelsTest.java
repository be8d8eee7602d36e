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
  void a_motions_labels_beside_its_movers_are_no_margin_of_headings() {
    List<Line> lines = List.of(cells("MOVED BY", "Councillor Christine Corris"), cells("SECONDED BY", "Councillor Stuart Corris"),
        new Line(1, "RESOLVED UNANIMOUSLY – That Councillor Chris Gordon be elected Mayor."),
        cells("MOVED BY", "Councillor Alex Ganotis"), cells("SECONDED BY", "Councillor Walter Brett"));
    assertThat(MarginLabels.split(lines).lines()).isSameAs(lines);
  }

  @Test
  void two_labels_are_not_a_margin() {
    List<Line> lines = List.of(cells("CALL TO ORDER", "Mayor Wilks called the meeting to order."), cells("ROLL CALL", "Present:"));
    assertThat(MarginLabels.split(lines).lines()).isSameAs(lines);
  }

  @Test
  void four_labels_in_title_case_beside_sentences_are_a_margin_and_a_table_of_people_is_not() {
    List<Line> lines = List.of(cells("Call to Order", "Mayor Madeleine Perriere called the meeting to order at 7:03 p.m."),
        cells("Adopt Agenda", "Moved by Councillor Elliott, seconded by Councillor McGreal,"),
        new Line(1, "And Resolved:"),
        cells("Fields / Dufault", "Daphne Fields and Denise Dufault attended the meeting to voice their"),
        cells("Annual Report", "A May 29, 2013 report from the CAO providing Council with a draft of the"),
        cells("Water Rates", "The CAO reported on the water rates for the coming year in detail."));
    MarginLabels.Split s = MarginLabels.split(lines);
    assertThat(s.lines()).extracting(Line::text).startsWith("Call to Order",
        "Mayor Madeleine Perriere called the meeting to order at 7:03 p.m.", "Adopt Agenda");
    assertThat(s.headings()).hasSize(5);
    List<Line> people = List.of(cells("Councillor Smith", "Present for the whole of the meeting today"),
        cells("Councillor Jones", "Present for the whole of the meeting today"), cells("Mayor Brown", "Present for the whole of the meeting today"),
        cells("Councillor Green", "Present for the whole of the meeting today"));
    assertThat(MarginLabels.split(people).lines()).isSameAs(people);
  }
}
