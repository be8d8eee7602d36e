package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static List<String> names(String list) {
    return PersonNames.list(list).stream().map(PersonNames.Person::name).toList();
  }

  @Test
  void a_shared_plural_title_goes_to_every_name() {
    List<PersonNames.Person> people = PersonNames.list("Councillors Boag, Browne, Chrystal and Taylor");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("Boag", "Browne", "Chrystal", "Taylor");
    assertThat(people).extracting(PersonNames.Person::title).containsOnly("Councillor");
  }

  @Test
  void irish_titles_and_offices() {
    assertThat(names("Comhairleoirí K. O’Flynn, J. Maher, T. Tynan")).containsExactly("K. O’Flynn", "J. Maher", "T. Tynan");
    assertThat(PersonNames.one("Ardmhéara Comhairleoir J. Kavanagh", null)).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("J. Kavanagh");
      assertThat(p.role()).isEqualTo("Ardmhéara");
    });
  }

  @Test
  void surnames_before_their_initials_in_a_list_parted_by_semicolons() {
    List<PersonNames.Person> people = PersonNames.list("Councillors Ambrose, S; Anglim, M; Coonan, N.J; McGrath (Rocky), J; Bourke K");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("S Ambrose", "M Anglim", "N.J Coonan", "J McGrath",
        "Bourke K");
    assertThat(people.get(0).title()).isEqualTo("Councillor");
  }

  @Test
  void an_aldermans_abbreviated_title() {
    assertThat(PersonNames.list("Ald S L Martin (Mayor)")).extracting(PersonNames.Person::name).containsExactly("S L Martin");
  }

  @Test
  void names_by_their_initials_with_no_commas_between_are_parted_where_the_next_initials_begin() {
    assertThat(names("J Campbell P J Bateson T J Catherwood Mrs C Elattar (joined the meeting at 7.35 pm) Mrs E A Forde"))
        .containsExactly("J Campbell", "P J Bateson", "T J Catherwood", "C Elattar", "E A Forde");
    assertThat(names("Ald G F Goodwin")).containsExactly("G F Goodwin");
  }

  @Test
  void board_members_as_a_shared_title() {
    List<PersonNames.Person> people = PersonNames.list("Chair Sanchez, Vice Chair Jones and Board Members Hernandez, Saxby, and Borthwick");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("Sanchez", "Jones", "Hernandez", "Saxby", "Borthwick");
  }

  @Test
  void titles_roles_and_notes_are_kept_apart_from_the_name() {
    PersonNames.Person p = PersonNames.one("Councillor Mrs L.A. Needham (Chairman)", null).orElseThrow();
    assertThat(p.name()).isEqualTo("L.A. Needham");
    assertThat(p.title()).isEqualTo("Councillor");
    assertThat(p.role()).isEqualTo("Chairman");
    PersonNames.Person mayor = PersonNames.one("Mayor Heather Kibbey", null).orElseThrow();
    assertThat(mayor.name()).isEqualTo("Heather Kibbey");
    assertThat(mayor.role()).isEqualTo("Mayor");
    assertThat(PersonNames.one("Cr Penetaui Kleskovic (virtually)", null).orElseThrow().remote()).isTrue();
  }

  @Test
  void a_post_after_a_name_is_its_role_and_semicolons_part_groups() {
    List<PersonNames.Person> people = PersonNames.list("IAN MITCHELL, Planning Adviser, DAVID THOMPSON, Legal Adviser");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("IAN MITCHELL", "DAVID THOMPSON");
    assertThat(people).extracting(PersonNames.Person::role).containsExactly("Planning Adviser", "Legal Adviser");
    assertThat(names("Councillor N. Moore (Chairman); Councillor S.C. Egan (Vice-Chairman)")).containsExactly("N. Moore", "S.C. Egan");
    assertThat(names("Amanda Glew (Clerk) and Lottie Platten (Cratus)")).containsExactly("Amanda Glew", "Lottie Platten");
  }

  @Test
  void an_entry_after_a_role_in_brackets_is_a_new_one_and_a_plural_title_heads_the_names_after_it() {
    assertThat(names("Councillors D Richardson (Chair) N Cresswell, M Armstrong")).containsExactly("D Richardson",
        "N Cresswell", "M Armstrong");
    List<PersonNames.Person> bailies = PersonNames.list("BAILIES John CORRIGAN, Bruce D MACKIE");
    assertThat(bailies).extracting(PersonNames.Person::name).containsExactly("John CORRIGAN", "Bruce D MACKIE");
    assertThat(bailies).extracting(PersonNames.Person::title).containsOnly("BAILIE");
    assertThat(names("Peter ‘Chap’ Cleere")).containsExactly("Peter ‘Chap’ Cleere");
  }

  @Test
  void rows_of_an_attendance_table_give_the_name_its_office_post_and_note() {
    PersonNames.Person mayor = PersonNames.one("Mayor His Worship The Mayor Bernie Wanden", null).orElseThrow();
    assertThat(List.of(mayor.name(), mayor.role())).containsExactly("Bernie Wanden", "Mayor");
    assertThat(PersonNames.one("Mayor Mayor Dave Cull", null).orElseThrow().name()).isEqualTo("Dave Cull");
    PersonNames.Person boyle = PersonNames.one("Councillor Rogan Boyle Via audio/visual link", null).orElseThrow();
    assertThat(boyle.name()).isEqualTo("Rogan Boyle");
    assertThat(boyle.remote()).isTrue();
    assertThat(PersonNames.one("Councillor Nina Hori Te Pa from 12.41pm", null).orElseThrow().name()).isEqualTo("Nina Hori Te Pa");
    PersonNames.Person ce = PersonNames.one("Reporting Officer Monique Davidson Chief Executive", null).orElseThrow();
    assertThat(List.of(ce.name(), ce.role())).containsExactly("Monique Davidson", "Chief Executive");
    PersonNames.Person gm = PersonNames.one("Daniel Haigh Group Manager - Community Infrastructure", null).orElseThrow();
    assertThat(List.of(gm.name(), gm.role())).containsExactly("Daniel Haigh", "Group Manager - Community Infrastructure");
  }

  @Test
  void a_list_in_capitals_splits_at_its_and() {
    assertThat(names("COUNCILLOR DAYLE ESHELBY, JOYCE YOUNG AND JUNE HARDING-SCOTT"))
        .containsExactly("DAYLE ESHELBY", "JOYCE YOUNG", "JUNE HARDING-SCOTT");
  }

  @Test
  void a_post_with_its_holder_in_brackets() {
    List<PersonNames.Person> people = PersonNames.list(
        "Director Community Services (Antoinette Campbell) Director Infrastructure Services (Jon Kingsford)");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("Antoinette Campbell", "Jon Kingsford");
    assertThat(people).extracting(PersonNames.Person::role)
        .containsExactly("Director Community Services", "Director Infrastructure Services");
  }

  @Test
  void words_that_are_not_names_are_left_out() {
    assertThat(names("9")).isEmpty();
    assertThat(names("the members of the public")).isEmpty();
    assertThat(names("Democratic Services Officer and Statutory Scrutiny Officer")).isEmpty();
    assertThat(names("Safeguarding, QA & Improvement")).isEmpty();
    assertThat(names("Councillors Li and Wu")).containsExactly("Li", "Wu");
  }

  @Test
  void a_key_matches_spellings_of_one_name() {
    assertThat(PersonNames.key("Cllr A. Smith")).isEqualTo(PersonNames.key("A Smith"));
    assertThat(PersonNames.key("Councillor Mrs L.A. Needham")).isEqualTo("l a needham");
  }

  @Test
  void posts_before_names_with_of_and_and_a_suffix_and_a_firm_after_a_name() {
    List<PersonNames.Person> people = PersonNames.list("City Manager Curt Boganey, Finance Director Nate Reinhardt, "
        + "Director of Public Works Doran Cote, Community Development Director Meg Beekman, Planner and "
        + "Zoning Administrator Ginny McIntosh, Police Chief Tim Gannon, City Attorney Troy Gilchrist, and "
        + "Mary Mullen, TimeSaver Off Site Secretarial, Inc.");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("Curt Boganey", "Nate Reinhardt", "Doran Cote",
        "Meg Beekman", "Ginny McIntosh", "Tim Gannon", "Troy Gilchrist", "Mary Mullen");
    assertThat(people).extracting(PersonNames.Person::role).containsExactly("City Manager", "Finance Director",
        "Director of Public Works", "Community Development Director", "Planner and Zoning Administrator", "Police Chief",
        "City Attorney", "TimeSaver Off Site Secretarial, Inc");
    assertThat(names("Village Attorney Scott Hawkins, Village Manager Michael R. Couzzo, Jr., Village Clerk Lori McWilliams"))
        .containsExactly("Scott Hawkins", "Michael R. Couzzo Jr", "Lori McWilliams");
    assertThat(names("A McNaughton, Senior Committee Services Officer and N O’Brien, Assistant Committee Services Officer"))
        .containsExactly("A McNaughton", "N O’Brien");
  }

  @Test
  void an_organisation_is_no_one() {
    assertThat(names("Perth & Kinross Council (PKC) Clrs Giacopazzi and Robertson, and 5 members of the public"))
        .containsExactly("Giacopazzi", "Robertson");
    assertThat(names("Trowse Primary School, Snowsports Club")).isEmpty();
  }

  @Test
  void a_reeve_is_a_members_office_and_an_arrival_time_in_brackets_is_no_role() {
    PersonNames.Person reeve = PersonNames.one("Reeve M. Douglass", null).orElseThrow();
    assertThat(List.of(reeve.name(), reeve.role())).containsExactly("M. Douglass", "Reeve");
    assertThat(PersonNames.officerRole("Reeve")).isFalse();
    List<PersonNames.Person> people = PersonNames.list("Mayor N. Salonen, Councillor S. Cressman");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("N. Salonen", "S. Cressman");
    assertThat(people).extracting(PersonNames.Person::role).containsExactly("Mayor", null);
    assertThat(people).extracting(PersonNames.Person::title).containsExactly(null, "Councillor");
    assertThat(PersonNames.one("Darcy Byrne (Councillor) (6:31pm)", null).orElseThrow().role()).isEqualTo("Councillor");
    assertThat(PersonNames.one("Anna York (6:31pm)", null).orElseThrow().role()).isNull();
  }

  @Test
  void an_office_after_a_name_and_a_first_name_before_a_middle_initial() {
    List<PersonNames.Person> people = PersonNames.list("Councillors S Hughes (SH) Chair, P March (PM) vice-chair, C Burgess (CB)");
    assertThat(people).extracting(PersonNames.Person::name).containsExactly("S Hughes", "P March", "C Burgess");
    assertThat(people).extracting(PersonNames.Person::role).containsExactly("Chair", "vice-chair", "CB");
    assertThat(names("Gary M. Jackson (City Manager), Gary W. Smith (City Clerk)")).containsExactly("Gary M. Jackson", "Gary W. Smith");
    assertThat(names("Mayor Jacques M. Roy, City Attorney Chuck Johnson")).containsExactly("Jacques M. Roy", "Chuck Johnson");
    assertThat(names("Councillors D Richardson N Cresswell")).containsExactly("D Richardson", "N Cresswell");
  }

  @Test
  void a_bracket_left_open_closes_at_the_comma_before_the_next_one() {
    assertThat(names("Councillors R.L. Shakespeare-Smith (Chairman of Overview & Scrutiny Committee, Lorna Kercher (Chairman of "
        + "Letchworth Committee), Mrs A.G. Ashley, David Leal-Bennett and Mrs C.P.A. Strong")).containsExactly(
            "R.L. Shakespeare-Smith", "Lorna Kercher", "A.G. Ashley", "David Leal-Bennett", "C.P.A. Strong");
    assertThat(PersonNames.closeBrackets("Cllr A Smith (Chair), Cllr B Jones (Vice-Chair)")).isEqualTo("Cllr A Smith (Chair), Cllr B Jones (Vice-Chair)");
  }

  @Test
  void a_lone_post_or_department_after_a_comma_is_no_one_but_a_titled_surname_is() {
    assertThat(names("Jennifer Whitley, Coordinator, Economic Development/ Communications; Janette Teeter, Supervisor, "
        + "Clerk's Services/Deputy Clerk; Harold Daynard, Manager, Information Technology (IT)"))
        .containsExactly("Jennifer Whitley", "Janette Teeter", "Harold Daynard");
    assertThat(names("Councillors Head, Smith")).containsExactly("Head", "Smith");
  }

  @Test
  void a_sentence_ends_a_group_of_names() {
    assertThat(names("Councillor Joe Bourke, Cathaoirleach, presided. Councillors David Doran, Seamus Hanafin"))
        .containsExactly("Joe Bourke", "David Doran", "Seamus Hanafin");
  }

  @Test
  void a_post_or_an_organisation_after_the_name_is_its_role() {
    assertThat(PersonNames.list("Ms. Laurie Pinney, Township Fiscal Officer")).containsExactly(
        new PersonNames.Person("Laurie Pinney", "Ms", "Township Fiscal Officer", false));
    assertThat(PersonNames.list("Mr. Jeff Gorman, West Side Leader Publications,")).containsExactly(
        new PersonNames.Person("Jeff Gorman", "Mr", "West Side Leader Publications", false));
  }

  @Test
  void a_warden_and_a_name_that_opens_with_its_particle() {
    assertThat(PersonNames.list("Councillor Chase, Deputy Warden van Vulpen, Warden Gillis")).containsExactly(
        new PersonNames.Person("Chase", "Councillor", null, false), new PersonNames.Person("van Vulpen", null, "Deputy Warden", false),
        new PersonNames.Person("Gillis", null, "Warden", false));
  }

  @Test
  void welsh_and_between_names_and_the_particle_ap() {
    assertThat(names("Mel Goch ap Meirion, Rory Francis a Glyn Daniels")).containsExactly("Mel Goch ap Meirion", "Rory Francis", "Glyn Daniels");
    assertThat(names("Mari Rees ac Annwen Daniels")).containsExactly("Mari Rees", "Annwen Daniels");
  }

  @Test
  void an_irish_title_before_initials_and_a_wards_name_before_its_members() {
    assertThat(names("Ardmhéara Comhairleoir J. Kavanagh.")).containsExactly("J. Kavanagh");
    assertThat(names("NORTH EAST Comhairleoirí K. O’Flynn, J. Maher, T. Tynan")).containsExactly("K. O’Flynn", "J. Maher", "T. Tynan");
  }
}
