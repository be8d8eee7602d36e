package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeFilterTest {

  @Test
  void a_committee_alone_is_every_councils_and_with_a_council_that_councils_alone() {
    assertThat(CommitteeFilter.of("Cabinet")).isEqualTo(new CommitteeFilter("cabinet", null));
    assertThat(CommitteeFilter.of("Cabinet · Herefordshire Council"))
        .isEqualTo(new CommitteeFilter("cabinet", "herefordshire council"));
    assertThat(CommitteeFilter.of("Audit (Governance) Committee · Powys County Council"))
        .isEqualTo(new CommitteeFilter("audit governance committee", "powys county council"));
    assertThat(CommitteeFilter.of("· Cabinet")).isEqualTo(new CommitteeFilter("cabinet", null));
  }

  @Test
  void the_committee_facet_names_the_council_only_when_it_holds_several() {
    List<FacetCount> one = List.of(new FacetCount("Cabinet · Herefordshire Council", 3),
        new FacetCount("Audit · Herefordshire Council", 1));
    assertThat(CommitteeFilter.present(one)).containsExactly(new FacetCount("Cabinet", 3), new FacetCount("Audit", 1));
    List<FacetCount> two = List.of(new FacetCount("Cabinet · Herefordshire Council", 3),
        new FacetCount("Cabinet · Shropshire Council", 3));
    assertThat(CommitteeFilter.present(two)).isEqualTo(two);
    assertThat(CommitteeFilter.present(List.of(new FacetCount("Cabinet", 2)))).containsExactly(new FacetCount("Cabinet", 2));
  }
}
