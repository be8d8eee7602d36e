package org.agendasearch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

  @Test
  void items_are_known_by_their_number_unless_it_is_missing_or_printed_twice() {
    assertThat(Records.uniqueIds(Arrays.asList("54", "55", "56"))).containsExactly("54", "55", "56");
    assertThat(Records.uniqueIds(Arrays.asList(null, "1", "2", "1", null, "12", "12")))
        .containsExactly("n1", "n2", "2", "n4", "n5", "n6", "n7");
  }
}
