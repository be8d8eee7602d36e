package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMatchTest {

  @Test
  void an_agenda_title_in_capitals_matches_its_report() {
    assertThat(TitleMatch.score("THE FUTURE OF COLWALL C OF E PRIMARY SCHOOL BUILDING",
        "The future of Colwall C of E Primary school building")).isEqualTo(1.0);
    assertThat(TitleMatch.score("OUTCOMES OF CASEWORK PEER REVIEW", "Outcome of peer review June 2017"))
        .isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void unrelated_titles_do_not_match() {
    assertThat(TitleMatch.score("BUDGET MONITORING REPORT", "Children's Safeguarding Update")).isZero();
  }
}
