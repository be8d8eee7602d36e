package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffByPostTest {

  @Test
  void reads_posts_and_surnames_parted_by_semicolons() {
    var staff = StaffByPost.of("Chief Administrative Officer Trawin; Corporate Officer Mazzotta; Development, Engineering, and"
        + " Sustainability Director Kwiatkowski; and Legislative Assistant Anderson.").orElseThrow();
    assertThat(staff).extracting(PersonNames.Person::name).containsExactly("Trawin", "Mazzotta", "Kwiatkowski", "Anderson");
    assertThat(staff).extracting(PersonNames.Person::role).containsExactly("Chief Administrative Officer", "Corporate Officer",
        "Development, Engineering, and Sustainability Director", "Legislative Assistant");
  }

  @Test
  void a_sentence_or_a_short_list_is_no_staff() {
    assertThat(StaffByPost.of("The Corporate Officer gave a reading from the works of Graeme Gibson.")).isEmpty();
    assertThat(StaffByPost.of("City Manager Smith; Clerk Jones.")).isEmpty();
    assertThat(StaffByPost.of("Council approved the agenda; the minutes were adopted; and staff reported.")).isEmpty();
  }
}
