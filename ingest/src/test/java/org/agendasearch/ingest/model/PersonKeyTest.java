package org.agendasearch.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeyTest {

  @Test
  void titles_roles_honours_and_punctuation_are_kept_apart_from_the_name() {
    assertThat(PersonKey.of("Mr R W Gough (Chairman)")).isEqualTo("r w gough");
    assertThat(PersonKey.of("Cllr. R.W. Gough")).isEqualTo("r w gough");
    assertThat(PersonKey.of("Councillor Mrs L.A. Needham OBE")).isEqualTo("l a needham");
    assertThat(PersonKey.of("Dr Jane O'Neill")).isEqualTo("jane o neill");
    assertThat(PersonKey.of("Deputy Mayor Brosnan")).isEqualTo("brosnan");
    assertThat(PersonKey.of("County Councillor A. Smith")).isEqualTo("a smith");
    assertThat(PersonKey.of("Council Member Garcia")).isEqualTo("garcia");
    assertThat(PersonKey.of("Counc. Kilfoil")).isEqualTo("kilfoil");
    assertThat(PersonKey.of("Vice Chair Ruble")).isEqualTo("ruble");
    assertThat(PersonKey.of("Bailie Jones")).isEqualTo("jones");
    assertThat(PersonKey.of("Ruairi Boland B.E.")).isEqualTo("ruairi boland");
    assertThat(PersonKey.of("Jane Smith MRTPI")).isEqualTo("jane smith");
  }

  @Test
  void a_title_alone_stays_a_name_and_nothing_is_no_name() {
    assertThat(PersonKey.of("Mayor")).isEqualTo("mayor");
    assertThat(PersonKey.of("  ")).isEmpty();
    assertThat(PersonKey.of(null)).isEmpty();
  }
}
