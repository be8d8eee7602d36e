package org.agendasearch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.Votes;
import org.junit.jupiter.api.Test;

class VoteWordsTest {

  @Test
  void counts_with_the_names_recorded_beside_them() {
    assertThat(VoteWords.of(new Votes(5, 2, 0, List.of("R W Gough", "C Bell"), List.of("D White"), List.of())))
        .isEqualTo("For 5 (R W Gough, C Bell); against 2 (D White); abstaining 0.");
  }

  @Test
  void a_roll_call_without_totals_is_counted_from_its_names() {
    assertThat(VoteWords.of(new Votes(null, null, null, List.of("Garcia", "Fisk"), List.of(), List.of("Allen"))))
        .isEqualTo("For 2 (Garcia, Fisk); abstaining 1 (Allen).");
  }

  @Test
  void nothing_recorded_is_nothing_said() {
    assertThat(VoteWords.of(new Votes(null, null, null, List.of(), List.of(), List.of()))).isEmpty();
    assertThat(VoteWords.of(null)).isEmpty();
  }
}
