package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingHeaderTidyTest {

  @Test
  void a_committee_loses_a_word_broken_at_the_line_end_and_the_state_after_its_place() {
    assertThat(MeetingHeader.tidy("Frederick County Board of Super- visors")).isEqualTo("Frederick County Board of Supervisors");
    assertThat(MeetingHeader.tidy("Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson, NY"))
        .isEqualTo("Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson");
  }

  @Test
  void addressees_a_tables_label_and_a_town_with_its_state_name_no_meeting() {
    assertThat(MeetingHeader.tidy("To/the Mayor and each Member of the Council")).isNull();
    assertThat(MeetingHeader.tidy("Date and Time")).isNull();
    assertThat(MeetingHeader.tidy("SCHUYLERVILLE, NY")).isNull();
    assertThat(MeetingHeader.tidy("Town Council")).isEqualTo("Town Council");
  }
}
