package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.Votes;
import org.junit.jupiter.api.Test;

/** The votes {@link VoteCounts#votes} reads from a decision's text. */
class VoteCountsTest {

  @Test
  void counts_in_the_singular_with_the_names_in_brackets_or_after_a_dash() {
    assertThat(VoteCounts.votes("VOTE: 6 AYE (Burns, Fleischhauer, Kantaros, Rosenthal, Lyons, Hatter); 0 NAY; 0 ABSTAIN; 1 ABSENT\n"
        + "(Slayton)\nMOTION CARRIED")).map(v -> List.of(v.inFavour(), v.against(), v.abstain())).contains(List.of(6, 0, 0));
    assertThat(VoteCounts.votes("Motion seconded. Vote: Aye – 2, Nay – 0, Abstain – 1. Motion carried."))
        .map(v -> List.of(v.inFavour(), v.against(), v.abstain())).contains(List.of(2, 0, 1));
  }

  @Test
  void a_unanimous_vote_then_how_many_voted_and_rows_labelled_voting() {
    assertThat(VoteCounts.votes("Councilmember Johnson seconded the motion, which carried by unanimous voice vote\n– 4. [Absent: "
        + "Mayor Gilmore – 1.]")).map(v -> java.util.Arrays.asList(v.inFavour(), v.against(), v.abstain())).contains(java.util.Arrays.asList(4, 0, null));
    assertThat(VoteCounts.votes("Voting AYE: Updike, Pogue and Yelk\nVoting Nay: none\nAbsent: none\nMotion carried"))
        .map(v -> java.util.Arrays.asList(v.inFavour(), v.against())).contains(List.of(3, 0));
  }

  @Test
  void legistar_tallies_count_each_side_after_its_label() {
    assertThat(VoteCounts.votes("The motion carried by the following vote:\nAye: 7 - Kalb, Reid, McElhaney, Gallo, Thao, Taylor, and Bas\n"
        + "Nay: 1 - Kaplan\nAbstained: 1 - Fortunato Bas")).map(v -> List.of(v.inFavour(), v.against(), v.abstain())).contains(List.of(7, 1, 1));
    assertThat(VoteCounts.votes("Aye: 4 - Smith, Jones, Lee and Chao\nNo: 1 - Paul")).hasValueSatisfying(v -> {
      assertThat(v.forNames()).containsExactly("Smith", "Jones", "Lee", "Chao");
      assertThat(v.againstNames()).containsExactly("Paul");
    });
  }

  @Test
  void a_roll_call_with_no_ayes_label_names_those_for() {
    Votes v = VoteCounts.votes("Roll call: Brumbaugh, Casey, Wymer. Nays: None. Motion carried.").orElseThrow();
    assertThat(v.inFavour()).isEqualTo(3);
    assertThat(v.against()).isEqualTo(0);
    assertThat(v.forNames()).containsExactly("Brumbaugh", "Casey", "Wymer");
  }

  @Test
  void each_members_vote_in_brackets_after_the_name() {
    assertThat(VoteCounts.votes("MOTION PASSED BY MAJORITY PRESENT: Jankura (abstain), Luther (yea), Shupe (yea)")).contains(
        new Votes(2, 0, 1, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("MOTION PASSED UNANIMOUSLY: Jankura (yea), Luther (yea), Shupe (yea)")).contains(
        new Votes(3, 0, null, List.of(), List.of(), List.of()));
  }

  @Test
  void a_roll_call_of_names_for_after_a_dash_and_a_count_against() {
    assertThat(VoteCounts.votes("Motion by Hagood supported by Kotz to pass the resolution. Roll call vote: yes –\nNiepoth, Kotz, "
        + "Hagood, and Petrie. No – 0. Absent – Fleet.")).hasValueSatisfying(v -> {
          assertThat(v.inFavour()).isEqualTo(4);
          assertThat(v.against()).isZero();
        });
  }

  @Test
  void totals_a_line_each() {
    assertThat(VoteCounts.votes("Motion carried.\nYeas: 9\nNays: 0\nAbstentions: 1\n")).contains(
        new Votes(9, 0, 1, List.of(), List.of(), List.of()));
  }

  @Test
  void a_recorded_vote_a_member_a_line_after_a_colon() {
    assertThat(VoteCounts.votes("""
        THAT the content of the agenda be approved as printed.
        Councillor Golden: Yes
        Councillor Mielhausen: Yes
        Mayor McIver: Yes
        """)).hasValueSatisfying(v -> assertThat(v.inFavour()).isEqualTo(3));
  }

  @Test
  void those_in_favour_named_in_columns_and_the_others_counted_or_named() {
    assertThat(VoteCounts.votes("""
        Resolve that the Agenda be adopted as circulated.
        In favour: Mayor Howell Councillor M. Wheaton
        Councillor S. Budgell Councillor D. Howell
        Opposed:0
        Abstaining:0
        Motion Carried.
        """)).hasValueSatisfying(v -> assertThat(List.of(v.inFavour(), v.against(), v.abstain())).containsExactly(4, 0, 0));
    assertThat(VoteCounts.votes("""
        In favour: Mayor Howell Councillor D. Howell
        Councillor S. Budgell Councillor G. Blackwood
        Opposed: Councillor M. Wheaton
        Abstaining:0
        """)).hasValueSatisfying(v -> {
          assertThat(List.of(v.inFavour(), v.against(), v.abstain())).containsExactly(4, 1, 0);
          assertThat(v.againstNames()).containsExactly("M. Wheaton");
        });
  }

  @Test
  void a_sides_sentence_whose_names_wrap_before_and() {
    assertThat(VoteCounts.votes("""
        suspended and that members of the public who wish to address Council be allowed to do so.
        For the Motion were Councillors Gold, Hutchens, Karpin, Palmer, Bennison, Brent, Brooks-Horn
        and Strassberg (Total 8).
        Against the Motion was Nil (Total 0).""")).hasValueSatisfying(v -> {
          assertThat(v.inFavour()).isEqualTo(8);
          assertThat(v.against()).isEqualTo(0);
        });
  }

  @Test
  void no_one_against_before_the_result_on_the_same_line() {
    assertThat(VoteCounts.votes("""
        Yost moved, second by Doane, to amend the agenda to include the appointment.
        AYES:     Boyd, Campbell, Doane, Larson, Yost
        NOES:     None                                    Motion carried""")).hasValueSatisfying(v -> {
          assertThat(v.inFavour()).isEqualTo(5);
          assertThat(v.against()).isEqualTo(0);
        });
  }

  @Test
  void a_voting_records_columns_a_name_a_line() {
    assertThat(VoteCounts.votes("""
        Cr Gray moved, Cr Owen seconded that Cr Jeffries be granted leave of absence.
        CARRIED
        VOTING RECORD
        In favour Against
        Cr Curran
        Cr Foster
        Cr Garlick
        Cr Whelan Cr Owen
        """)).contains(new Votes(4, 1, null, List.of("Curran", "Foster", "Garlick", "Whelan"), List.of("Owen"), List.of()));
  }

  @Test
  void a_roll_call_inside_a_paragraph_its_names_over_two_lines() {
    assertThat(VoteCounts.votes("""
        and seconded by Board member Furuichi Fong. Ayes: Christine Chilcott, Vice-President
        S. Lewis, Board members Furuichi Fong and Jagannathan. Nays: none. Motion carried
        unanimously.""")).contains(new Votes(4, 0, null, List.of("Christine Chilcott", "S. Lewis", "Furuichi Fong", "Jagannathan"),
        List.of(), List.of()));
  }

  @Test
  void the_members_voting_affirmatively_named_in_the_motions_sentence() {
    assertThat(VoteCounts.votes("""
        made a motion to reappoint Mr. Beamer to the Airport Authority with his term
        expiring July 1, 2000, 2nd by Councilman Shelton, with Councilman Holland,
        Councilman Shelton, Councilman Woods, and Mayor Pro Tem Palmer voting
        affirmatively motion carried.""")).contains(
        new Votes(4, null, null, List.of("Holland", "Shelton", "Woods", "Palmer"), List.of(), List.of()));
  }

  @Test
  void a_count_after_the_result_and_its_full_stop() {
    assertThat(VoteCounts.votes("seconded by Selectman Donahue, carrying. 3-0 NOTE: This item will have to be on next Town")).contains(
        new Votes(3, 0, null, List.of(), List.of(), List.of()));
  }

  @Test
  void totals_after_a_dash() {
    assertThat(VoteCounts.votes("passed by the following voice vote: Ayes – 5; Noes – 0; Abstentions –\n0.")).contains(
        new Votes(5, 0, 0, List.of(), List.of(), List.of()));
  }

  @Test
  void each_sides_count_before_its_word_with_no_result_word() {
    assertThat(VoteCounts.votes("Proposed and seconded; a vote was taken to approve the item; 5 for, 1 against. It was")).contains(
        new Votes(5, 1, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("a vote was taken to approve the item; 5 for, 1 abstention. It was therefore")).contains(
        new Votes(5, null, 1, List.of(), List.of(), List.of()));
  }

  @Test
  void each_sides_count_before_its_roll_call_word_and_a_count_that_wraps_after_passes() {
    assertThat(VoteCounts.votes("Be it resolved that the Board enter Executive Session.\nMotion carried: 7 Ayes 0 Nays 0 Abstentions"))
        .contains(new Votes(7, 0, 0, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("Zuppan to approve the minutes as Amended: Motion passes 5-\n0.")).contains(
        new Votes(5, 0, null, List.of(), List.of(), List.of()));
  }

  @Test
  void totals_on_one_line_and_yes_no_labels_at_a_line_start() {
    assertThat(VoteCounts.votes("Yeas: 7   Nays: 2   Absent: 0   Abstentions: 0")).contains(
        new Votes(7, 2, 0, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("Yes: 5\nNo: 1\n")).contains(new Votes(5, 1, null, List.of(), List.of(), List.of()));
  }

  @Test
  void a_roll_call_of_names_is_counted_from_them() {
    assertThat(VoteCounts.votes("AYES: Garcia, Allen Fisk, Sherrard\nNOES: None\n")).contains(
        new Votes(3, 0, null, List.of("Garcia", "Allen Fisk", "Sherrard"), List.of(), List.of()));
    assertThat(VoteCounts.votes("passed with a unanimous roll call vote: Donovan - aye, Doggett - aye, Burrill - aye.\n"))
        .map(Votes::against).contains(0);
    assertThat(VoteCounts.votes("Ayes: Smith, Agne, Gaul, Kaufmann\nNay: Bell\n")).contains(
        new Votes(4, 1, null, List.of("Smith", "Agne", "Gaul", "Kaufmann"), List.of("Bell"), List.of()));
    assertThat(VoteCounts.votes("Upon roll call vote Roethemeyer, Hewgley and Deterding voted “aye”. Nays, none.\n")).contains(
        new Votes(3, 0, null, List.of("Roethemeyer", "Hewgley", "Deterding"), List.of(), List.of()));
    assertThat(VoteCounts.votes("Motion by Councilmember Vance to move into closed session. Motion seconded by Councilmember\n"
        + "Seamons. Vote: Councilmember Archibald – aye, Councilmember Estep – aye, Councilmember\n"
        + "Rohde – aye. Motion approved.\n")).get().extracting(Votes::inFavour).isEqualTo(3);
    assertThat(VoteCounts.votes("Motion made by Mayor Moser to accept. Neil Duncan seconded the motion. Vote: Neil Duncan-yes, Mayor\n"
        + "Moser-yes, Harold Merrittyes, Jack Davis-yes, Kevin Sair-yes. The motion passed\n5/0.\n")).get()
        .extracting(Votes::inFavour, Votes::against).containsExactly(5, 0);
    assertThat(VoteCounts.votes("Voting – Ayes: Sophie Martin, Adam Moseley and Scott Brakefield. Nays: None.\n")).get()
        .extracting(Votes::inFavour, Votes::against).containsExactly(3, 0);
    assertThat(VoteCounts.votes("Williams, Zimmerman, Beach, Armstrong, and Ford voted for.\nMrs. Smith was absent.\n")).contains(
        new Votes(5, null, null, List.of("Williams", "Zimmerman", "Beach", "Armstrong", "Ford"), List.of(), List.of()));
  }

  @Test
  void a_roll_call_after_upon_roll_call_and_one_whose_names_wrap_over_lines() {
    assertThat(VoteCounts.votes("Upon roll call: Ayes: Hoefert, Juracek, Korn\nNays: None\nMotion carried.\n")).contains(
        new Votes(3, 0, null, List.of("Hoefert", "Juracek", "Korn"), List.of(), List.of()));
    assertThat(VoteCounts.votes("For Motion: Crs Byrne, Da Cruz,\nMacri, Porteous and York\nAgainst Motion: Nil\n")).contains(
        new Votes(5, 0, null, List.of("Byrne", "Da Cruz", "Macri", "Porteous", "York"), List.of(), List.of()));
  }

  @Test
  void a_result_with_its_count_after_a_slash_but_not_a_date() {
    assertThat(VoteCounts.votes("Moved: Cr Pratt Seconded: Cr Hubbard CARRIED: 5/0")).contains(
        new Votes(5, 0, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("The motion was carried on 5/10/2020 after discussion.")).isEmpty();
  }

  @Test
  void a_number_label_inside_a_sentence_is_no_vote() {
    assertThat(VoteCounts.votes("The report (item no: 5) was noted.")).isEmpty();
  }

  @Test
  void a_roll_call_goes_on_with_a_line_of_titled_names_alone() {
    assertThat(VoteCounts.votes("""
        Council Member Murray seconded the motion. The vote follows:
        Ayes:	Council Members Anderson, Mahan, Murray, Renteria, and Sheley.
        Mayor Mundinger.
        Nays:	None.
        The motion carried.""").map(Votes::inFavour)).contains(6);
    assertThat(VoteCounts.votes("""
        Ayes:	Council Members Anderson, Mahan, Murray, Renteria, and Sheley.
        Nays:	None.
        Mayor Mundinger.""").map(Votes::inFavour)).contains(5);
  }

  @Test
  void a_count_right_after_moved() {
    assertThat(VoteCounts.votes("Motion: Councilor Bahrman moved to close the public record. Councilor Tuttle seconded. Moved 5-0.\n"))
        .contains(new Votes(5, 0, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("Councilor Bahrman moved to approve items 3-4 of the list.\n")).isEmpty();
  }

  @Test
  void a_result_line_ending_in_its_count_after_the_resolution_number() {
    assertThat(VoteCounts.votes("MOVED: Cr Barnes\tSECONDED: Cr Bethel\nCARRIED\tRESOLUTION NO.2017/GM2012\t5/0\n"))
        .contains(new Votes(5, 0, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("CARRIED\tRESOLUTION NO.2017/GM2012\nseen on 5/10/2020\n")).isEmpty();
  }

  @Test
  void a_result_with_the_number_before_each_side() {
    assertThat(VoteCounts.votes("CARRIED: 8 for 2 abstentions.\n")).contains(new Votes(8, null, 2, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("The motion was carried 7 for, 1 against.\n")).contains(new Votes(7, 1, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("The motion passed with 5 votes in favor and 2 against.\n")).contains(
        new Votes(5, 2, null, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("The motion was carried (7 for, 2 against, 1 abstention).\n")).contains(
        new Votes(7, 2, 1, List.of(), List.of(), List.of()));
    assertThat(VoteCounts.votes("It was agreed to pay 8 for the hire of the hall.\n")).isEmpty();
  }

  @Test
  void a_surname_in_a_roll_call_begun_with_a_lower_case_l_is_a_capital_i_read_wrong() {
    assertThat(VoteCounts.votes("Upon roll call: Ayes: Hoefert, Juracek, Korn, Lohrstorfer, ladel\nNays: None\nMotion carried.\n")).contains(
        new Votes(5, 0, null, List.of("Hoefert", "Juracek", "Korn", "Lohrstorfer", "Iadel"), List.of(), List.of()));
  }

  @Test
  void each_side_as_a_sentence_with_its_total() {
    assertThat(VoteCounts.votes("""
        RESOLVED on the motion of Councillors Karpin and Gold that the apology be accepted and leave of absence granted.
        For the Motion were Councillors Gold, Hutchens, Karpin, Palmer, Bennison, Brent, Brooks-Horn, and Strassberg (Total 8).
        Against the Motion was Nil (Total 0).""")).contains(new Votes(8, 0, null,
        List.of("Gold", "Hutchens", "Karpin", "Palmer", "Bennison", "Brent", "Brooks-Horn", "Strassberg"), List.of(), List.of()));
    assertThat(VoteCounts.votes("""
        For the Motion were Councillors Gold,
        Hutchens and Karpin.
        Against the Motion were Councillors Palmer and Brent.""")).contains(new Votes(3, 2, null,
        List.of("Gold", "Hutchens", "Karpin"), List.of("Palmer", "Brent"), List.of()));
  }

  @Test
  void a_recorded_vote_table_a_row_a_side_with_its_count() {
    assertThat(VoteCounts.votes("""
        Motion status: Carried
        Vote\tCouncillors\tCount
        For\tR H Adams, N Alam, L A Bentley and I K Ridley\t19
        Against\tNone\t0
        Abstain\tNone\t0""")).contains(new Votes(19, 0, 0, List.of("R H Adams", "N Alam", "L A Bentley", "I K Ridley"), List.of(), List.of()));
  }
}
