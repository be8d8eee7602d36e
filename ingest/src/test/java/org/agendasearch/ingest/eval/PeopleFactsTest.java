package org.agendasearch.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleFactsTest {

  @Test
  void one_persons_name_in_its_spellings_and_orders() {
    assertThat(PeopleFacts.sameName("a smith", "andrew smith")).isTrue();
    assertThat(PeopleFacts.sameName("tuttle", "bill tuttle")).isTrue();
    assertThat(PeopleFacts.sameName(PeopleFacts.key("Ambrose, S"), PeopleFacts.key("S Ambrose"))).isTrue();
    assertThat(PeopleFacts.sameName(PeopleFacts.key("Coonan, N.J"), PeopleFacts.key("N.J Coonan"))).isTrue();
    assertThat(PeopleFacts.sameName("chan ho", "c ho")).isTrue();
    assertThat(PeopleFacts.sameName("ambrose s", "m ambrose")).isFalse();
    assertThat(PeopleFacts.sameName("a smith", "b smith")).isFalse();
  }
}
