package org.agendasearch.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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

  @Test
  void a_tally_with_no_count_is_no_vote() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode counted = json.readTree("{\"votes\": {\"for\": \"6\", \"against\": \"1\", \"abstain\": null}}");
    JsonNode empty = json.readTree("{\"votes\": {\"for\": null, \"against\": null, \"abstain\": null}}");
    assertThat(PeopleFacts.of("2014-07-22", json.readTree("{}"), List.of(counted, empty)))
        .filteredOn(f -> f.kind().equals("vote")).extracting(TruthRecords.Fact::fields)
        .containsExactly(java.util.Arrays.asList("2014-07-22", "6", "1", null));
  }
}
