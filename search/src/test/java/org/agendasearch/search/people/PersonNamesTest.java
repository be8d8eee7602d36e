package org.agendasearch.search.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void titles_roles_honours_and_punctuation_are_kept_apart_from_the_name() {
    assertThat(PersonNames.key("Mr R W Gough (Chairman)")).isEqualTo("r w gough");
    assertThat(PersonNames.key("Cllr. R.W. Gough")).isEqualTo("r w gough");
    assertThat(PersonNames.key("Councillor Mrs L.A. Needham OBE")).isEqualTo("l a needham");
    assertThat(PersonNames.key("Dr Jane O'Neill")).isEqualTo("jane o neill");
    assertThat(PersonNames.key("Deputy Mayor Brosnan")).isEqualTo("brosnan");
  }

  @Test
  void a_title_alone_stays_a_name_and_nothing_is_no_name() {
    assertThat(PersonNames.key("Mayor")).isEqualTo("mayor");
    assertThat(PersonNames.key("  ")).isEmpty();
    assertThat(PersonNames.key(null)).isEmpty();
    assertThat(PersonNames.slug("x", "(Clerk)")).isNull();
  }

  @Test
  void a_slug_is_the_council_and_the_name_two_hyphens_apart() {
    assertThat(PersonNames.slug("herefordshire-council", "Mr R W Gough")).isEqualTo("herefordshire-council--r-w-gough");
    assertThat(PersonNames.slug(null, "Cllr Lloyd-Hayes")).isEqualTo("lloyd-hayes");
  }
}
