package org.agendasearch.search.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void a_slug_is_the_council_and_the_name_two_hyphens_apart() {
    assertThat(PersonNames.slug("herefordshire-council", "Mr R W Gough (Chairman)"))
        .isEqualTo("herefordshire-council--r-w-gough");
    assertThat(PersonNames.slug(null, "Cllr Lloyd-Hayes")).isEqualTo("lloyd-hayes");
  }

  @Test
  void no_name_is_no_slug() {
    assertThat(PersonNames.slug("x", "(Clerk)")).isNull();
    assertThat(PersonNames.slug("x", "  ")).isNull();
  }
}
