package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headings on a line of their own in minutes whose items are not numbered. */
class StandaloneHeadingTest {

  @Test
  void a_heading_between_paragraphs_and_standing_business_in_any_case() {
    assertThat(StandaloneHeading.of("The Clerk reported the balance.", "Treasurer's Report", "The balance was noted.", false))
        .contains("Treasurer's Report");
    assertThat(StandaloneHeading.of("Members agreed.", "Conflicts of interest", "None were declared.", true))
        .contains("Conflicts of interest");
    assertThat(StandaloneHeading.of("its heart.", "Statement in relation to Recording of Meetings", "The Mayor reminded", true))
        .contains("Statement in relation to Recording of Meetings");
    assertThat(StandaloneHeading.standing("Acknowledgement of Country")).isTrue();
    assertThat(StandaloneHeading.standing("Apologies for Absence and Named Substitutes")).isTrue();
    assertThat(StandaloneHeading.standing("Declarations of Interest and Whipping Arrangements")).isTrue();
  }

  @Test
  void a_sign_off_under_the_minutes_is_no_heading() {
    assertThat(StandaloneHeading.of("The meeting adjourned at 8:40 p.m.", "Respectfully Submitted", "Jane Roe, Clerk", false))
        .isEmpty();
  }

  @Test
  void none_under_a_heading_is_no_heading() {
    assertThat(StandaloneHeading.of("WRITTEN COMMUNICATIONS:", "None", "COMMISSIONER COMMUNICATIONS:", false)).isEmpty();
  }

  @Test
  void a_result_and_a_mover_pair_are_no_headings() {
    assertThat(StandaloneHeading.of("Motion to approve the agenda.", "Adopted Unanimously", "SPRINGER - HALL", false)).isEmpty();
    assertThat(StandaloneHeading.of("Adopted Unanimously", "SPRINGER - HALL", "Motion to approve the consent agenda", false)).isEmpty();
  }
}
