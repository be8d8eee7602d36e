package org.agendasearch.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitteesTest {

  @Test
  void wordings_that_differ_only_in_case_and_punctuation_are_one_committee() {
    assertThat(Committees.key("Children and young people scrutiny committee"))
        .isEqualTo(Committees.key("Children and Young People Scrutiny Committee"))
        .isEqualTo(Committees.key("The Children & Young People Scrutiny Committee"))
        .isEqualTo("children and young people scrutiny committee");
  }

  @Test
  void slugs_and_display_forms() {
    assertThat(Committees.slug("Cabinet")).isEqualTo("cabinet");
    assertThat(Committees.display("CABINET")).isEqualTo("Cabinet");
    assertThat(Committees.display("Children and young people scrutiny committee"))
        .isEqualTo("Children and young people scrutiny committee");
    assertThat(Committees.key("  ")).isNull();
  }
}
