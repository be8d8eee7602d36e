package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutionParserTest {

  /** One resolution, its words starting so, moved and seconded by these. */
  private static void assertOneMotion(List<Resolution> found, String startsWith, String mover, String seconder) {
    assertThat(found).singleElement().satisfies(r -> {
      assertThat(r.text()).startsWith(startsWith);
      assertThat(r.movedBy()).isEqualTo(mover);
      assertThat(r.secondedBy()).isEqualTo(seconder);
    });
  }

  private static List<Resolution> parse(String text) {
    return ResolutionParser.parse(Lines.of(List.of(new Page(8, text, false))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Resolved – that the committee provides comments",
      "RESOLVED: That the minutes be approved",
      "Resolved: It was resolved that the minutes be approved",
      "Resolved - that the committee would like to review",
      "RESOLVED:",
      "RESOLVED",
      "It was RESOLVED that the report be noted"})
  void recognises_the_spellings_of_a_resolution(String line) {
    assertThat(ResolutionParser.startsResolution(line)).isTrue();
  }

  @Test
  void a_decision_that_says_only_it_passed_carries_the_proposal_above_it() {
    List<Resolution> rs = parse("""
        3. Minutes from previous meetings
        PROPOSAL: The Council minutes of the meetings of 8th August and 12th September
        2016 are approved.
        PROPOSED: Mr G Langford
        SECONDED: Mrs A Weekes
        DECISION: passed (all in favour)
        4. Public Participation
        Nothing reported.
        """);
    assertThat(rs).extracting(Resolution::text)
        .containsExactly("The Council minutes of the meetings of 8th August and 12th September 2016 are approved.");
    assertThat(rs.get(0).movedBy()).isEqualTo("G Langford");
    assertThat(rs.get(0).secondedBy()).isEqualTo("A Weekes");
  }

  @Test
  void a_margin_resolution_number_leaves_the_words_and_the_movers_line_with_its_result_closes_them() {
    List<Resolution> r = parse("""
        RESOLUTION: That the Chief Executive Officer obtain appropriate legal advice as to
        2008.11.2 how Council may support the development of business interests
        within the Shire.
        Moved: Cr Pratt Seconded: Cr Hubbard CARRIED: 5/0
        • Fuel Rebate Scheme – Cr Pratt questioned how the Rebate Scheme may be extended to be
        available to all residents of remote areas""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "That the Chief Executive Officer obtain appropriate legal advice as to how Council may support the development of"
            + " business interests within the Shire.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Pratt/Hubbard");
    assertThat(r.get(0).votes().inFavour()).isEqualTo(5);
  }

  @Test
  void the_words_under_a_sentence_that_says_they_were_approved_are_the_decision() {
    assertThat(parse("""
        could to address cultural issues. Councillor Carole Gandy proposed and Councillor Phillip
        Howells seconded the recommendations of the committee which were approved unanimously.
        That the committee:
        Calls on the executive to consider the recommendations of the committee;
        The meeting ended at 12.25 pm""")).extracting(Resolution::text).containsExactly(
        "That the committee: Calls on the executive to consider the recommendations of the committee;");
    assertThat(parse("""
        The report was approved by the Board in March.
        That the committee notes the report.""")).isEmpty();
  }

  @Test
  void a_scottish_minute_submitted_and_approved_and_a_proposal_seconded_and_agreed_over_two_lines() {
    assertThat(parse("""
        The Minute of the meeting of the Economic Development and Infrastructure Services
        Committee dated 25 August 2015 was submitted and approved.""")).extracting(Resolution::text).containsExactly(
        "The Minute of the meeting of the Economic Development and Infrastructure Services Committee dated 25 August 2015"
            + " was submitted and approved.");
    assertThat(parse("""
        As there was no further business Cllr Hotchkin closed the meeting at 7.20pm. It was proposed by
        Cllr Robinson that should members of the public show, and they had topics to raise, the Parish
        Council meeting be suspended to allow them to speak. This was seconded by the Chairman and
        agreed by all members.""")).extracting(Resolution::text).containsExactly(
        "should members of the public show, and they had topics to raise, the Parish Council meeting be suspended to allow"
            + " them to speak");
  }

  @Test
  void an_irish_proposal_seconded_and_agreed_on_one_line_with_no_words_under_it_is_the_decision() {
    assertThat(parse("""
        Ar moladh Cllr. Ian Lynch Cuidithe ag Cllr. Joe Killeen name agus glacadh leis""")).extracting(Resolution::text)
        .containsExactly("Ar moladh Cllr. Ian Lynch Cuidithe ag Cllr. Joe Killeen name agus glacadh leis");
    assertThat(parse("""
        Ar moladh Cllr. B. Chambers Cuidithe ag Cllr. B. Slattery agus glacadh leis
        “That the Minutes of the March Meeting be adopted and signed.”""")).extracting(Resolution::text)
        .containsExactly("“That the Minutes of the March Meeting be adopted and signed.”");
  }

  @Test
  void a_motions_label_with_mover_and_seconder_by_surname_over_its_words() {
    assertThat(parse("""
        90-12 MOTION: Stephens and Taylor
        That the agenda be approved with the additions of items 8(c) Summer Student
        hiring and 8 (d) DSSAB Killarney meeting………………….carried."""))
        .singleElement().satisfies(r -> {
          assertThat(r.text()).startsWith("That the agenda be approved with the additions");
          assertThat(r.movedBy()).isEqualTo("Stephens");
          assertThat(r.secondedBy()).isEqualTo("Taylor");
        });
  }

  @Test
  void the_word_of_deciding_again_in_lower_case_after_the_label_is_no_part_of_the_words() {
    assertThat(parse("RESOLVED – agreed to request Ms Luned Fon Jones to act as Internal Auditor for the Community Council."))
        .extracting(Resolution::text).containsExactly("to request Ms Luned Fon Jones to act as Internal Auditor for the Community Council.");
  }

  @Test
  void movers_each_with_a_title_and_no_verb_before_the_words_are_no_part_of_them() {
    assertThat(parse("036   RESOLVED: Clr Atchison and Clr Lobb that the apologies be accepted."))
        .extracting(Resolution::text).containsExactly("that the apologies be accepted.");
  }

  @Test
  void a_seconders_name_wrapped_onto_the_line_of_the_words_moved_is_no_part_of_them() {
    assertThat(parse("""
        #16-137   MOVED BY COUNCILLOR MICHAEL TOWER AND SECONDED BY COUNCILLOR RON
                  AIKEN THAT COUNCIL APPROVE THE AGENDA OF THE REGULAR COUNCIL
                  MEETING OF AUGUST 8, 2016 AS CIRCULATED. MOTION CARRIED."""))
        .extracting(Resolution::text).singleElement().asString()
        .startsWith("THAT COUNCIL APPROVE THE AGENDA OF THE REGULAR COUNCIL MEETING OF AUGUST 8, 2016");
  }

  @Test
  void a_proposal_wrapped_after_its_proposer_and_its_result_told_after_it() {
    List<Resolution> r = parse("""
        6. MINUTES OF MEETING, March 16th 2021. It was proposed by Cllr Mrs Parsons and
        seconded by Cllr Mrs Penketh that these be accepted as Minutes. Resolution passed. These will
        be signed as soon as possible.
        attendance problems for a face to face meeting. All agreed, the Resolution was passed.""");
    assertThat(r).extracting(Resolution::text).containsExactly("these be accepted as Minutes.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Parsons/Penketh");
  }

  @Test
  void a_decision_that_tells_only_the_vote_leaves_the_resolution_below_it() {
    assertThat(parse("""
        Decision
        Members voted in favour of the proposal with no votes against and one
        abstention.
        RESOLVED
        That Mrs Hamilton be elected the Chairman of the Council for the 2017-2018""")).extracting(Resolution::text)
        .containsExactly("That Mrs Hamilton be elected the Chairman of the Council for the 2017-2018");
  }

  @Test
  void a_body_whose_sentence_wraps_before_its_verb_and_what_a_body_noted_under_its_colon() {
    assertThat(parse("""
        The undernoted Minutes of Meetings were submitted. The Council noted the Minutes and
        approved the recommendations contained therein.""")).extracting(Resolution::text)
        .containsExactly("noted the Minutes and approved the recommendations contained therein.");
    assertThat(parse("""
        In terms of Standing Order 13.3, the Council:
        Noted that the Convener had permitted discussion of the following urgent item.""")).extracting(Resolution::text)
        .containsExactly("Noted that the Convener had permitted discussion of the following urgent item.");
  }

  @Test
  void a_decision_printed_twice_is_one_and_a_decision_of_none_is_none() {
    assertThat(parse("""
        Decision:
        There were none.
        Minutes:
        There were none.""")).isEmpty();
    assertThat(parse("""
        Decision:
        The Minutes of the Cabinet meeting held on 30 March 2021 were approved as a correct
        record of the meeting.
        Minutes:
        The Minutes of the Cabinet meeting held on 30 March 2021 were approved as a correct
        record of the meeting.""")).extracting(Resolution::text).containsExactly(
        "The Minutes of the Cabinet meeting held on 30 March 2021 were approved as a correct record of the meeting.");
  }

  @Test
  void welsh_minutes_confirmed_on_the_proposal_of_one_councillor_seconded_by_another_and_news_that_is_no_decision() {
    List<Resolution> r = parse("""
        Cadarnhawyd gofnodion y cyfarfod diwethaf a gyfarfu ar y 9fed o Ragfyr yn y
        Neuadd yn fel rhai cywir ar gynnig Cyng.Hedd Pugh a’i eilio gan Cyng.Catrin
        Jones.
        Cadarnhawyd fod Cyng Hedd Pugh wedi cyfarfod swyddog o’r Cyngor.""");
    assertThat(r).extracting(Resolution::text).singleElement().asString().startsWith("Cadarnhawyd gofnodion y cyfarfod diwethaf");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Hedd Pugh/Catrin Jones");
  }

  @Test
  void it_at_a_lines_end_then_was_decided_on_the_next() {
    assertThat(parse("""
        Despite the possibility of having to pay £700 + election expenses in 2011, it
        was decided to keep the Precept at £3000.""")).extracting(Resolution::text)
        .containsExactly("to keep the Precept at £3000.");
  }

  @Test
  void a_sentence_wrapped_before_its_last_word_signed_is_no_signature() {
    assertThat(parse("""
        The Minutes of the meeting held on 16 May 2019 were approved and
        signed""")).extracting(Resolution::text)
        .containsExactly("The Minutes of the meeting held on 16 May 2019 were approved and signed");
  }

  @Test
  void labelled_mover_and_seconder_by_their_seats_then_the_motions_words_after_its_label() {
    List<Resolution> r = parse("""
        Motion By: Commissioner Precinct 3 Valerie Covey
        Second By: Commissioner Precinct 4 Ron Morrison
        Motion: To approve the minutes of the last meeting.
        Aye: County Judge Dan A. Gattis""");
    assertThat(r).extracting(Resolution::text).containsExactly("approve the minutes of the last meeting.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Valerie Covey/Ron Morrison");
    // an agenda's motion over the minutes' decision is not one of its own
    assertThat(parse("""
        Motion: To approve Minutes of the meeting of 13th November 2018
        Resolved: The Minutes of the Meeting of the 13th November 2018 were accepted as a true record""")).hasSize(1);
  }

  @Test
  void irish_proposed_seconded_and_agreed_then_the_words_in_quotes() {
    List<Resolution> r = parse("""
        Subject to above amendments:-
        Ar moladh Councillor A. Norton
        Cuidithe ag Councillor M. Howard agus glacadh leis
        “That the March 2024 Minutes of Ennis Municipal District be adopted.”
        Item 2: Footpath works""");
    assertThat(r).extracting(Resolution::text).containsExactly("“That the March 2024 Minutes of Ennis Municipal District be adopted.”");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("A. Norton/M. Howard");
  }

  @Test
  void two_lettered_subjects_each_proposed_seconded_and_agreed_over_two_lines() {
    List<Resolution> r = parse("""
        (a) District Meeting held on June 22nd, 2015 proposed by Cllr Clune seconded by Cllr
        Butler and agreed.
        (b) Annual Meeting held on June 30th, 2015 proposed by Cllr. O’Ryan seconded by
        Cllr. O’Leary and agreed.""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "District Meeting held on June 22nd, 2015 proposed by Cllr Clune seconded by Cllr Butler and agreed.",
        "Annual Meeting held on June 30th, 2015 proposed by Cllr. O’Ryan seconded by Cllr. O’Leary and agreed.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Clune/Butler");
  }

  @Test
  void irish_proposed_seconded_and_resolved_in_lower_case_then_the_words_in_quotes() {
    List<Resolution> r = parse("""
        It was proposed by Councillor J. Hogan, seconded by Councillor S. Hanafin and resolved:
        "That the Minutes of the Monthly Meeting which was held on the 22nd. March, 2017 be
        adopted as a true record of the business transacted at the Meeting."
        2. Fix date and time for the Annual General Meeting.""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).text()).startsWith("\"That the Minutes of the Monthly Meeting");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("J. Hogan/S. Hanafin");
  }

  @Test
  void a_motion_with_mover_and_seconder_each_in_brackets_and_its_tally() {
    List<Resolution> r = parse("""
        Motion (Rosenberg)/Second (Wolfe) to table the item until vacancies on the Commission have
        been filled.
        Ayes: 3; Noes:0. Motion passes unanimously""");
    assertThat(r).extracting(Resolution::text).containsExactly("table the item until vacancies on the Commission have been filled.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Rosenberg/Wolfe");
    assertThat(r.get(0).votes().inFavour()).isEqualTo(3);
  }

  @Test
  void movers_in_capitals_on_lines_of_their_own_end_before_the_next_label() {
    List<Resolution> r = parse("""
        RESOLUTION
        That Council adopt the Minutes of the Ordinary Meeting held on Wednesday, 8 July
        2020.
        MOVED: CR DAVID VIS
        SECONDED: CR DARYL WARREN
        CARRIED.""");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("David Vis/Daryl Warren");
  }

  @Test
  void a_resolutions_number_then_mover_and_seconder_labelled_then_its_words() {
    List<Resolution> r = parse("""
        Whakapāha | Apologies
        Resolution CO2023/127
        Moved: Deputy Mayor Lawrence Kirby
        Seconder: Cr Sophie Handford
        That the apology received from Cam Butler, Chair of the Ōtaki Community Board and Kim
        Tahiwi, Ngā Hapū o Ōtaki be accepted.
        CARRIED""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "That the apology received from Cam Butler, Chair of the Ōtaki Community Board and Kim Tahiwi, Ngā Hapū o Ōtaki be accepted.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Lawrence Kirby/Sophie Handford");
  }

  @Test
  void a_year_month_resolution_number_before_the_words_in_quotes_is_no_part_of_them() {
    List<Resolution> r = parse("""
        AGENDA &
        Moved by Director Benedict
        Seconded by Director Illes
        2017-10-1 “That the agenda of the Regional District of Bulkley-Nechako Board
        meeting of July 20, 2017 be approved.”
        (All/Directors/Majority) CARRIED UNANIMOUSLY""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "“That the agenda of the Regional District of Bulkley-Nechako Board meeting of July 20, 2017 be approved.”");
  }

  @Test
  void a_motion_label_alone_then_its_words_then_its_movers_and_result() {
    List<Resolution> r = parse("""
        2.1 COUNCIL MEETING MINUTES - 19 MARCH 2015
        MOTION
        That Council confirm the minutes of the Ordinary Council Meeting held on 19 March 2015 at Elliott
        Moved: Cr. Boulter
        Seconded: Cr. Price
        CARRIED UNAN.
        Resolved 78/15
        3. BUSINESS ARISING REPORT""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "That Council confirm the minutes of the Ordinary Council Meeting held on 19 March 2015 at Elliott");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Boulter/Price");
  }

  @Test
  void movers_by_surname_after_their_plural_title_over_the_words_moved() {
    List<Resolution> r = parse("""
        147/17       Confirmation of Ordinary Council Meeting Minutes 17 July 2017
        Ref: 17/7038
        Crs Martin/Arnold
        That the Minutes of Proceedings of the Dorset Council Ordinary Meeting held on 17 July 2017,
        having been circulated to all Councillors, be confirmed as a true record.
        Carried Unanimously""");
    assertThat(r).extracting(Resolution::text).containsExactly("That the Minutes of Proceedings of the Dorset Council Ordinary "
        + "Meeting held on 17 July 2017, having been circulated to all Councillors, be confirmed as a true record.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Martin/Arnold");
  }

  @Test
  void movers_and_result_over_the_words_moved_in_capitals() {
    List<Resolution> r = parse("""
        Jacqueline read the first reading of the Fire Service By-law 2019-09.
        MOTION moved by Pat MacLellan seconded by John Searle and carried
        THAT the first reading of the Fire Service By-law 2019-09 be approved as presented.""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "THAT the first reading of the Fire Service By-law 2019-09 be approved as presented.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Pat MacLellan/John Searle");
  }

  @Test
  void a_result_on_the_decisions_line_its_words_below_from_their_part() {
    List<Resolution> r = parse("""
        4.1 APOLOGIES AND LEAVE OF ABSENCE
        65/2018 RESOLVED (Keith Rory/Wayne Runyu) Carried
        (a) That Council accept the apology from Selina Ashley and Ossie Daylight.""");
    assertThat(r).extracting(Resolution::text).containsExactly("That Council accept the apology from Selina Ashley and Ossie Daylight.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Keith Rory/Wayne Runyu");
  }

  @Test
  void a_resolutions_number_before_its_quoted_words_under_the_mover() {
    List<Resolution> r = parse("""
        Moved by Mayor Knudson
        RES 14-11-74 “that the agenda be adopted with the following additions: 11.g. Seniors’ week
        proclamation.” CARRIED""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).text()).startsWith("“that the agenda be adopted");
    assertThat(r.get(0).movedBy()).isEqualTo("Knudson");
  }

  @Test
  void moved_by_the_pair_after_their_plural_title_the_reference_at_the_right() {
    List<Resolution> r = parse("""
        2.1 Tasman District Council Meeting – 13 July 2006
        Moved Crs Henry/Riley                                                     CN06/08/09
        THAT the minutes of the Tasman District Council meeting held on 13 July 2006 be approved as a correct record.
        CARRIED""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Henry/Riley");
  }

  @Test
  void a_motion_made_by_one_and_seconded_by_another_in_sentences_of_their_own() {
    List<Resolution> r = parse("""
        A motion was made by Commissioner Moates to approve the Minutes of the October 1, 2018
        BOCC meeting as written. The motion was seconded by Commissioner Anderson. The motion
        carried 3-0.""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Moates/Anderson");
  }

  @Test
  void a_motion_then_its_movers_labelled_then_how_it_was_put_is_one_resolution() {
    List<Resolution> r = parse("""
        Motion to approve the minutes of the Regular Village Board Meeting held on August 9,
        2011 as submitted and dispense with the reading.
        MOVED: Trustee Petri                   SECONDED: Trustee Feichter
        VOICE VOTE
        MOTION CARRIED""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "approve the minutes of the Regular Village Board Meeting held on August 9, 2011 as submitted and dispense with the reading.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Petri/Feichter");
  }

  @Test
  void a_motion_declared_carried_and_resolved_is_the_words_resolved() {
    List<Resolution> r = parse("""
        It was moved by Cllr Ewings, seconded by Cllr Renders and upon the motion being submitted to
        the Meeting was declared to be CARRIED and “RESOLVED that the Council agree the Minutes
        of the 18 July 2023 meeting”""");
    assertThat(r).extracting(Resolution::text).containsExactly("the Council agree the Minutes of the 18 July 2023 meeting”");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Ewings/Renders");
  }

  @Test
  void resolved_then_its_number_then_mover_and_seconder_labelled_then_its_words() {
    List<Resolution> r = parse("""
        2       Apologies
        Resolved:         18.11
        Moved:            Mayor Alex Walker
        Seconded:         Cr Gerard Minehan
        That the apology received from Cr Aitken be accepted and leave of absence granted.
        Carried""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "That the apology received from Cr Aitken be accepted and leave of absence granted.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Alex Walker/Gerard Minehan");
  }

  @Test
  void a_lead_in_that_announces_the_motion_is_no_part_of_its_words() {
    List<Resolution> r = parse("""
        On the proposal of Cllr. Gerry McMonagle and seconded by Cllr. Ciaran Brogan,
        the following motion was adopted:
        That the Council would install lighting at the Bandstand at the top of Market
        Square Letterkenny""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).text()).startsWith("That the Council would install lighting");
  }

  @Test
  void a_sentence_goes_on_after_a_full_stop_before_a_word_in_lower_case() {
    assertThat(parse("""
        The committee considered a proposal to hold pre-meetings. It was agreed that the practice
        would be trialled and that a pre-meeting start at 9.30 a.m. with the start-time of the committee
        meeting scheduled for 10.15 a.m.
        The next meeting would be on 2 October 2017.""")).extracting(Resolution::text).containsExactly(
        "that the practice would be trialled and that a pre-meeting start at 9.30 a.m. with the start-time of the committee"
            + " meeting scheduled for 10.15 a.m.");
  }

  @Test
  void a_middle_initial_stays_in_the_seconders_name() {
    List<Resolution> r = parse("""
        RESOLVED: That the minutes of the Ordinary meeting held on 13th May, 2013 be confirmed,
        on the proposal of Councillor Francis Deane and seconded by Councillor John V. Farrelly.""");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Francis Deane/John V. Farrelly");
  }

  @Test
  void the_minutes_approved_in_a_sentence_whose_clause_runs_over_lines() {
    assertThat(parse("""
        Minutes:
        The minutes of the meeting held on 17 November 2016, which then reconvened
        on 21 November 2016, were agreed as a correct record, subject to the amending
        of the word “Planning” to “Housing”.
        The Chairman announced the death of a former member.""")).extracting(Resolution::text).containsExactly(
        "The minutes of the meeting held on 17 November 2016, which then reconvened on 21 November 2016, were agreed as a"
            + " correct record, subject to the amending of the word “Planning” to “Housing”.");
    assertThat(parse("""
        The minutes of the Joint Board meeting of 3 May, which were
        approved by the Board itself, are attached for information.""")).isEmpty();
  }

  @Test
  void a_motion_with_its_mover_and_seconder_in_brackets_after_a_comma() {
    assertOneMotion(parse("""
        Motion made (Wotachek, Dvorak) to approve previous Board Meeting Minutes of July 9, 2012. Voice
        vote (6-0),
        motion carried."""), "approve previous Board Meeting Minutes", "Wotachek", "Dvorak");
  }

  @Test
  void each_name_before_its_verb_after_another_sentence() {
    assertOneMotion(parse("""
        SECRETARY'S REPORT - Secretary Hastings presented the minutes from the October 4,
        2010 council meeting for Council's approval. Hodges moved Keenan seconded to approve the
        minutes from the October 4, 2010 council meeting as written. Motion approved unanimously."""),
        "approve the minutes from the October 4, 2010 council meeting as written.", "Hodges", "Keenan");
  }

  @Test
  void a_motions_label_with_its_number_over_its_words() {
    assertThat(parse("""
        3. APPROVAL OF AGENDA
        MOTION R07/221
        THAT the agenda be approved as amended.""")).extracting(Resolution::text).containsExactly("THAT the agenda be approved as amended.");
  }

  @Test
  void a_resolutions_number_the_month_and_the_year_before_its_movers() {
    assertOneMotion(parse("""
        134.05.2015      Moved: Cr Peter Rhodes       Seconded: Cr Gerald Willis
        That the Minutes from the Ordinary Council Meeting held on the 30th April 2015 be
        confirmed.
        CARRIED UNANIMOUSLY (5-0)"""), "That the Minutes from the Ordinary Council Meeting", "Peter Rhodes", "Gerald Willis");
  }

  @Test
  void a_motions_number_and_its_movers_surname_before_a_dash() {
    assertOneMotion(parse("""
        Financials      256/08    GANGE – That we approve the statement of financial activities for the
                                  month of August 2008 as circulated.
                                  CARRIED"""), "That we approve the statement of financial activities", "Gange", null);
  }

  @Test
  void the_body_and_its_word_again_after_the_label_are_left_out() {
    assertThat(parse("""
        Resolved: The Parish Council resolved to co-opt the 3 candidates onto the Parish Council as new
        members.""")).extracting(Resolution::text)
        .containsExactly("to co-opt the 3 candidates onto the Parish Council as new members.");
  }

  @Test
  void what_the_heading_names_approved_on_the_first_line_under_it() {
    assertThat(parse("""
        These were circulated, read, approved and signed as a correct record.""")).extracting(Resolution::text)
        .containsExactly("These were circulated, read, approved and signed as a correct record.");
    assertThat(parse("""
        The Clerk reported on the new bus shelters.
        These were put up by the County Council last year.""")).isEmpty();
  }

  @Test
  void the_minutes_ratified_then_agreed_or_signed_after_a_bullet_or_in_capitals() {
    assertThat(parse("""
        The Minutes were ratified and accepted as a true record (prop Cllr Batchelder, sec Cllr Mrs
        Blackman - unanimous)""")).extracting(Resolution::text).containsExactly(
        "The Minutes were ratified and accepted as a true record (prop Cllr Batchelder, sec Cllr Mrs Blackman - unanimous)");
    assertThat(parse("""
        Mr. T. Methuen-Campbell noted that in minute No: 06/219 the name should be changed.
        The minutes were then agreed to be a true record.""")).extracting(Resolution::text).containsExactly(
        "The minutes were then agreed to be a true record.");
    assertThat(parse("""
        •   The minutes of the Council meeting held on 18 April 2017 was agreed for signing
            and initialling as a true record (Circulated prior to meeting).""")).extracting(Resolution::text)
        .first().asString().startsWith("The minutes of the Council meeting held on 18 April 2017 was agreed for signing");
    assertThat(parse("""
        MINUTES of MEETING 11th June 2013 were approved as a true and accurate
        representation of the meeting.""")).extracting(Resolution::text).first().asString()
        .startsWith("MINUTES of MEETING 11th June 2013 were approved");
    // minutes only noted, or read into the record by someone else, were not approved here
    assertThat(parse("""
        The minutes of the Licensing Sub-Committee held on 30th June were submitted and noted for information.""")).isEmpty();
  }

  @Test
  void the_minutes_approved_after_another_decision_in_the_same_item_are_a_decision_of_their_own() {
    assertThat(parse("""
        Members agreed to delete the final two sentences from the paragraph on page 9 beginning
        with the words Cllr Quaile.
        The minutes of the meeting held on 15 December 2011 were then confirmed and signed as an
        accurate record.""")).extracting(Resolution::text).containsExactly(
        "to delete the final two sentences from the paragraph on page 9 beginning with the words Cllr Quaile.",
        "The minutes of the meeting held on 15 December 2011 were then confirmed and signed as an accurate record.");
  }

  @Test
  void a_motion_run_in_after_its_heading_with_a_slash_between_mover_and_seconder_and_a_roll_call() {
    List<Resolution> r = parse("""
        5. APPROVAL OF AGENDA p2 Motion by Yarnell/ 2nd by Houston to approve agenda as
        amended. Aye: Black, Houston, Roberts, Yarnell. No: none. Absent: Blumanhourst,
        Nordstedt. Motion carried.""");
    assertThat(r).extracting(Resolution::text).containsExactly("approve agenda as amended.");
    assertThat(r.get(0).movedBy()).isEqualTo("Yarnell");
    assertThat(r.get(0).secondedBy()).isEqualTo("Houston");
    assertThat(r.get(0).votes().inFavour()).isEqualTo(4);
    assertThat(r.get(0).votes().against()).isEqualTo(0);
  }

  @Test
  void moved_seconded_and_carried_in_one_mark_ends_with_its_sentence() {
    List<Resolution> r = parse("""
        103/09 M/S/C L. Bodie/ D. Hansen that the agenda be adopted as amended.
        Correspondence
        6. YTG News Release – Unincorporated Volunteer Fire departments""");
    assertThat(r).extracting(Resolution::text).containsExactly("the agenda be adopted as amended.");
    assertThat(r.get(0).movedBy()).isEqualTo("L. Bodie");
    assertThat(r.get(0).secondedBy()).isEqualTo("D. Hansen");
  }

  @Test
  void a_quoted_motion_after_titled_movers_ends_at_its_closing_quote_not_at_a_councillors_title() {
    List<Resolution> r = parse("""
        Min. 11/09/1 Moved Cr. N. Bin Tahal, Seconded Cr. A. Ketchell “That Council accept
        the apology received from Cr. Abednego for his absence at this meeting.” Carried
        DISCLOSURES OF INTEREST UNDER THE LOCAL GOVERNMENT ACT Nil""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "Council accept the apology received from Cr. Abednego for his absence at this meeting.”");
    assertThat(r.get(0).movedBy()).isEqualTo("N. Bin Tahal");
  }

  @Test
  void a_resolution_by_its_reference_alone_takes_the_words_below_and_its_movers_after_them() {
    List<Resolution> r = parse("""
        Community Board Resolved PICB/2018/00001
        That the apology from Mike Davidson be accepted.
        Emma Norrish/Pauline Cotter                                   Carried""");
    assertThat(r).extracting(Resolution::text).containsExactly("That the apology from Mike Davidson be accepted.");
  }

  @Test
  void a_motion_ends_at_its_movers_labels_and_at_a_voting_table() {
    assertThat(parse("""
        BE IT RESOLVED THAT: the Board of Trustees approves the December 15, 2021, meeting minutes as presented.
        Motion: Trustee Salton
        Second: Trustee Woodard""")).extracting(Resolution::text)
        .containsExactly("the Board of Trustees approves the December 15, 2021, meeting minutes as presented.");
  }

  @Test
  void a_proposal_seconded_and_agreed_in_the_same_sentence_and_the_decisions_and_minutes_approved() {
    assertThat(parse("""
        no comments had been received. Cllr. M. Cox proposed that the minutes be
        accepted as a true record, the proposal was seconded by Cllr. S. Fisher and agreed by all. The
        minutes were signed by the chairman.""")).extracting(Resolution::text).first().asString()
        .startsWith("the minutes be accepted as a true record");
    assertThat(parse("""
        The decisions and minutes of the last meeting were approved as a correct record.""")).extracting(Resolution::text)
        .containsExactly("The decisions and minutes of the last meeting were approved as a correct record.");
  }

  @Test
  void how_a_decision_was_carried_after_its_word_is_no_part_of_its_text() {
    assertThat(parse("""
        Councillors discussed recent correspondence received from a resident. Councillors resolved
        unanimously to write a letter from the Chair and offer local resolution.""")).extracting(Resolution::text)
        .containsExactly("to write a letter from the Chair and offer local resolution.");
    assertThat(parse("""
        AGREED by all present to pay.""")).extracting(Resolution::text).containsExactly("to pay.");
    assertThat(parse("""
        The clerk reported on the notice board. Councillors agreed and authorised Cllr Dewsnip to purchase a supply of
        laminating pouches.""")).extracting(Resolution::text).first().asString().startsWith("authorised Cllr Dewsnip to purchase");
  }

  @Test
  void there_was_a_motion_after_a_sentence_and_a_motion_made_without_its_article() {
    assertThat(parse("""
        Clerk Coffey read the minutes from the December 10, 2018 meeting including Levy Hearing &
        Regular Meeting. There was a motion to approve the minutes by Trustee Wagner, with a second
        by Trustee Newton. Voice vote: Motion carried.""")).extracting(Resolution::text).first().asString()
        .startsWith("approve the minutes");
    assertThat(parse("""
        Treasurer’s report; Lloyd made motion to accept, Lyn seconded. Motion carried.""")).extracting(Resolution::movedBy)
        .containsExactly("Lloyd");
  }

  @Test
  void minutes_taken_as_read_and_agreed_in_a_sentence() {
    assertThat(parse("""
        Minutes of the previous meeting Thurs 3rd May 2012 were taken as read and accepted as a true
        and accurate record. Proposed by Steve Byford and seconded John Graham – Approved.""")).extracting(Resolution::text)
        .first().asString().startsWith("Minutes of the previous meeting Thurs 3rd May 2012 were taken as read");
    assertThat(parse("""
        Minutes for the Annual General Meeting held on 15th April 2015 agreed as
        accurate.""")).extracting(Resolution::text).first().asString()
        .startsWith("Minutes for the Annual General Meeting held on 15th April 2015 agreed as");
    assertThat(parse("""
        Minutes of the working group were noted as read.""")).isEmpty();
  }

  @Test
  void who_proposed_and_seconded_under_a_resolution_are_its_movers_not_a_motion_of_their_own() {
    assertOneMotion(parse("""
        Resolved: that subject to the above amendment the minutes of the meeting held
        on the 5th, May, 2017 be approved as a true and accurate record.
        Proposed: Cllr K. Farrell – Roberts, and seconded by Cllr L. Burgess(all in
        favour)
        a) Matters arising therein"""), "that subject to the above amendment", "K. Farrell", "L. Burgess");
  }

  @Test
  void council_with_no_article_opening_a_sentence_decides_but_not_inside_a_wrapped_one() {
    assertThat(parse("""
        After the meeting was called to order Mayor MacDiarmid asked for approval of the agenda.
        Council approved the agenda with the following additions/changes.""")).extracting(Resolution::text)
        .containsExactly("approved the agenda with the following additions/changes.");
    assertThat(parse("""
        Councilor Bahrman stated that she was at the July meeting. She noted that there were two reasons that
        Council approved the closure. The City Attorney was at the meeting and stated it was legal.""")).isEmpty();
    assertThat(DecisionStart.clean("“THAT the Council does hereby adopt the Minutes”.")).startsWith("THAT the Council");
  }

  @Test
  void on_motion_of_a_member_and_a_second_by_another_all_present_voted_to() {
    assertThat(parse("""
        On motion of Councilmember Hughey and a second by Councilmember
        Taunton, all councilmembers present voted to approve the minutes of the March 28, 2023 work
        session.""")).extracting(Resolution::text, Resolution::movedBy, Resolution::secondedBy).containsExactly(
        org.assertj.core.groups.Tuple.tuple("approve the minutes of the March 28, 2023 work session.", "Hughey", "Taunton"));
  }

  @Test
  void a_proposal_then_a_sentence_of_the_proposer_then_its_seconder_and_agreement() {
    assertThat(parse("""
        Cllr Seamus Coyle invited Cllr Cathy Bennett to speak. Cllr Cathy Bennett proposed that we
        congratulate Glaslough on winning gold at the Entente Floral awards ceremony. She commended
        the Tidy Towns Committee and the staff of Monaghan County Council. This was seconded by Cllr
        Pat Treanor and agreed by all.""")).extracting(Resolution::text)
        .containsExactly("we congratulate Glaslough on winning gold at the Entente Floral awards ceremony");
  }

  @Test
  void a_member_proposed_the_minutes_seconded_on_the_next_line() {
    assertOneMotion(parse("""
        Councillor Riley proposed the minutes to be a
        correct record, seconded by Councillor Locke. The Chairman then duly signed the minutes."""),
        "the minutes to be a correct record", "Riley", "Locke");
  }

  @Test
  void a_proposal_seconded_and_agreed_by_the_board() {
    assertThat(parse("""
        Chairman’s role. The Deputy Chairman proposed a vote of thanks for the
        Chairman’s hard work in the previous busy twelve month period. This
        was seconded by Mr Lace and the Board unanimously agreed.""")).extracting(Resolution::text)
        .containsExactly("a vote of thanks for the Chairman’s hard work in the previous busy twelve month period");
  }

  @Test
  void a_resolutions_number_alone_between_its_movers_and_its_words_and_a_motion_over_five_lines() {
    assertThat(parse("""
        Moved by Councillor R. Orr, Seconded by
        Councillor M.D. Zweidt. AND RESOLVED:
        0767.
        That the Minutes of the Council Meeting held October 15,
        2013, Special Council Meeting held October 7, 2013, and the
        Committee of the Whole Council Incamera Meeting held October 7,
        2013, be taken as read and adopted.""")).extracting(Resolution::text).first().asString()
        .startsWith("That the Minutes of the Council Meeting held October 15, 2013").endsWith("be taken as read and adopted.");
  }

  @Test
  void it_was_agreed_at_a_line_end_takes_its_words_from_the_next_line() {
    assertThat(parse("""
        In the absence of any councillor present at this meeting willing to take this position on, it was agreed
        to defer this item. Action: Clerk""")).extracting(Resolution::text).first().asString().startsWith("to defer this item.");
  }

  @Test
  void an_election_without_a_contest_is_the_decision_and_the_nomination_before_it_is_not() {
    assertThat(parse("""
        Cllr Seamus O’Neill was proposed by Cllr McGowan and seconded by Cllr Murphy.
        There being no other candidates Cllr O’Neill was declared elected.""")).extracting(Resolution::text)
        .containsExactly("There being no other candidates Cllr O’Neill was declared elected.");
  }

  @Test
  void movers_then_resolved_at_a_line_end_and_the_decision_in_quotes_ending_at_its_closing_quote() {
    List<Resolution> r = parse("""
        It was proposed by Councillor J. Gildea, seconded by Councillor S. Nic
        Cormic, and RESOLVED
        “That the minutes of the County Council meeting held on the 14th January
        2019 be ADOPTED and APPROVED.”
        (B)      Minutes of County Council Meeting held on the 11th February 2019
        It was proposed by Councillor L. McCarthy, seconded by Councillor C. Smyth,
        and RESOLVED
        “That the minutes of the County Council meeting held on the 11th of
        February 2019 be ADOPTED and APPROVED.”""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "“That the minutes of the County Council meeting held on the 14th January 2019 be ADOPTED and APPROVED.”",
        "“That the minutes of the County Council meeting held on the 11th of February 2019 be ADOPTED and APPROVED.”");
    assertThat(r).extracting(x -> x.movedBy() + "/" + x.secondedBy())
        .containsExactly("J. Gildea/S. Nic Cormic", "L. McCarthy/C. Smyth");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "resolved within one month of referral",
      "Most cases were resolved within one month",
      "Resolved cases are reported monthly"})
  void the_word_in_prose_is_not_a_resolution(String line) {
    assertThat(ResolutionParser.startsResolution(line)).isFalse();
  }

  @Test
  void keeps_lettered_parts_on_their_own_lines_and_stops_at_the_signature() {
    List<Resolution> r = parse("""
        RESOLVED:
        That (a) Herefordshire Council does not join the proposed joint property vehicle as a founding
        member; and
        (b) the director produce a further report.
        The meeting ended at 3.33 pm
        CHAIRMAN""");
    assertThat(r).singleElement().satisfies(res -> {
      assertThat(res.text()).isEqualTo("That (a) Herefordshire Council does not join the proposed joint property "
          + "vehicle as a founding member; and\n(b) the director produce a further report.");
      assertThat(res.page()).isEqualTo(8);
    });
  }

  @Test
  void a_vote_given_before_the_words_it_carried_leaves_them_the_resolution() {
    List<Resolution> r = parse("""
        Resolution Record No. BTC/33/01/Sept/08
        Proposed by Cllr. K Butcher and seconded by Cllr. A Simmons.
        CARRIED: 8 for 2 abstentions.
        THAT THE AMENDED MINUTES OF THE FULL BRANDON TOWN COUNCIL MEETING OF
        MONDAY 7 JULY 2008 BE ACCEPTED AND SIGNED AS A TRUE RECORD.""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "THAT THE AMENDED MINUTES OF THE FULL BRANDON TOWN COUNCIL MEETING OF MONDAY 7 JULY 2008 BE ACCEPTED AND SIGNED AS A TRUE RECORD.");
    assertThat(r.get(0).movedBy()).isEqualTo("K Butcher");
  }

  @Test
  void a_numbered_motion_moved_and_seconded_then_its_words_in_quotes() {
    List<Resolution> r = parse("""
        Motion: 494-2011       Moved by Neil Warwick Seconded by Jason Breckenridge
        “That the agenda for the meeting of December 6th, 2011 be adopted as amended.”
        Disposition            Carried""");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).text()).startsWith("“That the agenda for the meeting of December 6th, 2011 be adopted as amended.”");
    assertThat(r.get(0).movedBy()).isEqualTo("Neil Warwick");
    assertThat(r.get(0).secondedBy()).isEqualTo("Jason Breckenridge");
  }

  @Test
  void two_resolutions_in_one_minute_are_two_records() {
    List<Resolution> r = parse("""
        Resolved – that the committee notes the report.
        Further discussion followed.
        Resolved – that:
        a) the committee agrees; and
        b) the cabinet member is told.""");
    assertThat(r).extracting(Resolution::text).containsExactly(
        "that the committee notes the report. Further discussion followed.",
        "that:\na) the committee agrees; and\nb) the cabinet member is told.");
  }

  @Test
  void narrative_after_a_finished_sentence_ends_the_resolution() {
    assertThat(parse("""
        Resolved – that the committee provides comments to the cabinet member for consideration in the
        finalisation of the corporate parenting strategy.
        The committee considered the annual reports for the adoption and fostering services.""")
        .get(0).text()).endsWith("corporate parenting strategy.");
    assertThat(parse("""
        Resolved: It was resolved that the minutes be approved as an accurate record.
        When reviewing the Action Log, it was noted that the committee was making great steps.""")
        .get(0).text()).isEqualTo("It was resolved that the minutes be approved as an accurate record.");
  }

  @Test
  void a_resolutions_own_sentences_and_parts_are_kept() {
    assertThat(parse("""
        RESOLVED: that the committee would like to review the following information:
        Regular updates to be circulated to members on the progress on Corporate Parenting.
        Monthly updates starting the end of May to be provided on the progress.
        A written response to a question posed by the committee be provided.""").get(0).text())
        .endsWith("A written response to a question posed by the committee be provided.");
    assertThat(parse("""
        RESOLVED: That the report be noted.
        The committee noted the report""").get(0).text())
        .isEqualTo("That the report be noted.");
  }

  @Test
  void a_sentence_signed_by_the_chairperson_is_not_a_signature_line() {
    assertThat(parse("RESOLVED: That the minutes be approved and\nsigned by the Chairperson."))
        .extracting(Resolution::text)
        .containsExactly("That the minutes be approved and signed by the Chairperson.");
  }

  @Test
  void a_motion_moved_and_seconded_is_the_words_that_follow_until_carried() {
    assertThat(parse("""
        Moved by Councillor Smith
        Seconded by Councillor Jones
        That the report on parking be received and filed.
        Carried
        The Mayor thanked staff.""")).extracting(Resolution::text)
        .containsExactly("That the report on parking be received and filed.");
  }

  @Test
  void a_motion_that_was_defeated_is_no_resolution() {
    assertThat(parse("""
        Moved by Councillor Smith
        Seconded by Councillor Jones
        That the budget be increased.
        Defeated. The motion failed.""")).isEmpty();
  }

  @Test
  void a_motion_moved_with_its_words_and_carried_is_a_resolution_and_a_failed_one_is_not() {
    assertThat(parse("""
        Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez,
        to postpone the election to July 2020, and set motion
        failed to gather a majority vote as reflected:
        RESULT: FAILED [4-2-1-1]
        Commissioner Allen Fisk made a motion, seconded by Commissioner Bello to
        continue this item to the next Planning Commission Meeting. Motion approved.
        RESULT: APPROVED [UNANIMOUS]""")).extracting(Resolution::text)
        .containsExactly("continue this item to the next Planning Commission Meeting.");
  }

  @Test
  void a_proposal_the_meeting_agreed_is_the_resolution() {
    assertThat(parse("""
        It was also noted that FCA would secure new powers. Our Secretary proposed a
        letter to Barclays Bank proposing that they install a cash machine in the
        underground. This was AGREED.""")).extracting(Resolution::text)
        .containsExactly("a letter to Barclays Bank proposing that they install a cash machine in the underground");
  }

  @Test
  void a_decision_told_in_a_sentence_of_narrative_ends_with_its_sentence() {
    assertThat(parse("""
        Most people avoid it. It was agreed that we should continue with our representations on this
        basis. Hannah promised to forward details. The Council APPROVED the expenditure (very
        moderate) and the Treasurer reimbursed the amount. Andre would develop the site.""")).extracting(Resolution::text)
        .containsExactly("that we should continue with our representations on this basis.",
            "the expenditure (very moderate) and the Treasurer reimbursed the amount.");
  }

  @Test
  void a_single_nomination_seconded_is_the_decision_and_nominations_voted_between_are_not() {
    assertThat(parse("""
        There were no outright names. Mr Ibbott proposed Mr Downing to stand again. This was seconded by Mrs
        Heath. There were no other nominations and Mr Downing agreed to fulfil the role.""")).extracting(Resolution::text)
        .containsExactly("Mr Downing to stand again.");
    assertThat(parse("""
        Cllr. Donal Kenny proposed Cllr. Joe Sullivan as Cathaoirleach. Cllr. Kenny's nomination was seconded by Cllr.
        Pip Breen.
        Cllr. Anthony Donohoe proposed Cllr. Mary Farrell as Cathaoirleach. Cllr. Donohoe's nomination was seconded
        by Cllr. Diarmuid Devereux.
        The matter was then put to vote, with a roll-call.
        Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach.""")).extracting(Resolution::text)
        .containsExactly("Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach.");
  }

  @Test
  void a_member_named_for_an_office_is_the_decision_unless_an_election_follows() {
    List<Resolution> named = parse("""
        Cllr Parkinson was nominated by Cllr Rickett.
        There were no other nominations; Cllr Parkinson accepted the nomination Cllr Osbourne
        seconded the proposal.""");
    assertThat(named).extracting(Resolution::text).containsExactly("Cllr Parkinson was nominated by Cllr Rickett.");
    assertThat(named.get(0).movedBy()).isEqualTo("Rickett");
    assertThat(named.get(0).secondedBy()).isEqualTo("Osbourne");
    assertThat(parse("""
        Cllr Smith was nominated by Cllr Jones. Cllr Brown was nominated by Cllr Green.
        A vote was taken. Cllr Smith was duly elected Chairman.""")).extracting(Resolution::text)
        .containsExactly("Cllr Smith was duly elected Chairman.");
  }

  @Test
  void a_resolution_set_out_under_that_the_council_with_no_word_of_deciding() {
    assertThat(parse("""
        That the Regional Council:
        1     Accepts the apology from Cr Stacey Rose tendered at the meeting.""")).extracting(Resolution::text)
        .containsExactly("That the Regional Council: 1 Accepts the apology from Cr Stacey Rose tendered at the meeting.");
    assertThat(parse("""
        RESOLVED
        That the Council:
        Accepts the apology from Cr Kate Wilson.""")).hasSize(1);
  }

  @Test
  void a_proposal_naming_councillors_with_full_stops_seconded_and_approved_and_minutes_approved_by_the_members() {
    assertThat(parse("""
        It was proposed by Cllr Dawson that Cllr. Horwood should be elected as vice-chairman.
        This was seconded by Cllr. Wright and approved""")).extracting(Resolution::text)
        .containsExactly("Cllr. Horwood should be elected as vice-chairman");
    assertThat(parse("""
        The minutes of the meeting held on Tuesday 13th July 2021.were approved by the
        members present and signed by the chairman.""")).hasSize(1);
    assertThat(parse("""
        The minutes of the partnership were approved by the safeguarding board in May.""")).isEmpty();
  }

  @Test
  void minutes_approved_in_a_sentence_with_their_mover_and_seconder() {
    List<Resolution> r = parse("""
        2.0 Minutes of the last meeting:- To sign as a correct record the minutes of the meeting held
        on the 27thOctober 2015. Minutes proposed by Councillor Janes and seconded by Councillor
        Cruse.
        Approval of Minute
        The minute from the previous meeting held on 15th June 2009 at Ollaberry Primary School
        was approved by Mrs Gael Hughson and seconded by Mrs Jessie Copland.
        The minutes of the October meeting were proposed as accurate by Cllr Gwilym
        Jenkins and seconded by Cllr Bill Green.
        Minutes of 02/01/05 approved as written per a motion by George Cavanaugh. Danette
        Gonsalves seconded the motion. Unanimous vote to approve.""");
    assertThat(r).extracting(Resolution::text).hasSize(4).allSatisfy(t -> assertThat(t).containsIgnoringCase("minute"));
    assertThat(r).extracting(x -> x.movedBy() + "/" + x.secondedBy()).containsExactly("Janes/Cruse", "Gael Hughson/Jessie Copland",
        "Gwilym Jenkins/Bill Green", "George Cavanaugh/Danette Gonsalves");
  }

  @Test
  void motions_each_closed_by_their_movers_under_them() {
    List<Resolution> r = parse("""
        5. Chief Executive’s Report
        That the information in this report be received.
        Crs Knowles/Keys
        That the Council does not endorse any particular proposal for enhanced flood protection
        from the Waiohine River at this point.
        Crs Knowles/Ashby
        Moved by Councillor G Caffell – That in terms of section 46A(7) of the Local Government
        Official Information and Meetings Act 1987 the item be dealt with at this meeting.
        Seconded by Councillor J Hooker and CARRIED.""");
    assertThat(r).extracting(Resolution::text).containsExactly("That the information in this report be received.",
        "That the Council does not endorse any particular proposal for enhanced flood protection from the Waiohine River at this point.",
        "That in terms of section 46A(7) of the Local Government Official Information and Meetings Act 1987 the item be dealt with at this meeting.");
    assertThat(r).extracting(x -> x.movedBy() + "/" + x.secondedBy()).containsExactly("Knowles/Keys", "Knowles/Ashby",
        "G Caffell/J Hooker");
  }

  @Test
  void a_motions_number_before_its_words_under_the_mover() {
    List<Resolution> r = parse("""
        MINUTES Moved by Councillor Fulton
        RC19-191 That Council adopt the Minutes of the Regular Council Meeting of March 13,
        2019.
        Carried.""");
    assertThat(r).extracting(Resolution::text).containsExactly("That Council adopt the Minutes of the Regular Council Meeting of March 13, 2019.");
    assertThat(r).extracting(Resolution::movedBy).containsExactly("Fulton");
  }

  @Test
  void a_motion_in_lettered_parts_under_its_movers() {
    List<Resolution> r = parse("""
        5. Annual Plan
        Mr Lester/Mr Dawson
        A) That the report of the Strategy Manager titled “2019/20 Annual Plan” dated 4/03/2019 be
        received.
        B) That any feedback from the Board is incorporated in the final drafting of the plan.
        CARRIED""");
    assertThat(r).extracting(Resolution::text).singleElement().asString()
        .startsWith("That the report of the Strategy Manager titled “2019/20 Annual Plan” dated 4/03/2019 be received.");
    assertThat(r).extracting(x -> x.movedBy() + "/" + x.secondedBy()).containsExactly("Lester/Dawson");
  }

  @Test
  void a_motion_wrapped_after_initials_and_one_whose_body_voted_below_who_moved_it() {
    List<Resolution> r = parse("""
        On a motion made by L. Titus, seconded by R. Browne, the Board voted
        unanimously to approve the minutes of the 10/22/08 meeting as written.
        Upon motion by Selectman Spataro and seconded by Selectman Andrews, the Board
        voted unanimously to approve warrants #27 and #28.""");
    assertThat(r).extracting(Resolution::text)
        .containsExactly("approve the minutes of the 10/22/08 meeting as written.", "approve warrants #27 and #28.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("L. Titus/R. Browne");
  }

  @Test
  void a_member_who_proposed_after_a_sentence_with_the_seconder_or_the_agreement_on_the_next_line() {
    List<Resolution> r = parse("""
        Peter Chambers – noted that PC has now moved out of
        the area. TC proposed that a letter of thanks be sent.
        Agreed by all.
        Cllr Croucher, Cllr Garnett, Cllr Jourdan and Cllr Poole. Cllr Ives proposed that these
        apologies be accepted, seconded by Cllr Kirby, with all in favour.
        Cllr Ives proposed that the council should consider a new bench.""");
    assertThat(r).extracting(Resolution::text).containsExactly("a letter of thanks be sent.",
        "these apologies be accepted, seconded by Cllr Kirby, with all in favour.");
    assertThat(r.get(1).movedBy() + "/" + r.get(1).secondedBy()).isEqualTo("Ives/Kirby");
  }

  @Test
  void a_motions_sentence_goes_on_past_a_places_abbreviation() {
    List<Resolution> r = parse("""
        At the proposal of Cllr. M. Hegarty, seconded by Cllr. C. O’Sullivan the minutes of the
        Municipal District of West Cork Meeting held at the former Town Council Offices,
        Skibbereen, Co. Cork on 7th November 2016 were confirmed and then signed by the
        Cathaoirleach.""");
    assertThat(r).extracting(Resolution::text).first().asString().endsWith("signed by the Cathaoirleach.");
  }

  @Test
  void a_labels_word_after_the_seconder_is_no_part_of_the_name() {
    List<Resolution> r = parse("""
        The minutes of the meeting of the 30th October were ratified. Proposed: Cllr Beard Seconded: Cllr Fisher Voting: Unanimous.""");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Beard/Fisher");
  }

  @Test
  void a_motion_made_in_capitals_and_seconded_in_capitals_on_the_next_line() {
    List<Resolution> r = parse("""
        Mr. Zimmerman MADE A MOTION to approve the minutes from the regular meeting 1474 held
        on July 17, 2017.
        Mrs. Ford SECOND.
        MOTION PASSED.""");
    assertThat(r).extracting(Resolution::text).containsExactly("approve the minutes from the regular meeting 1474 held on July 17, 2017.");
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("Zimmerman/Ford");
  }

  @Test
  void a_resolutions_reference_with_a_space_in_it_over_its_movers_and_words() {
    List<Resolution> r = parse("""
        Resolved WDC 2025/027
        Moved: Deputy Mayor Hana Halalele
        Seconded: Cr Courtney Linwood
        That the apology received from Cr Brent Cowles (all day) be accepted.""");
    assertThat(r).extracting(Resolution::text).containsExactly("That the apology received from Cr Brent Cowles (all day) be accepted.");
  }

  @Test
  void members_who_voted_in_favour_after_a_motion_carried_it_and_made_no_decision_of_their_own() {
    List<Resolution> r = parse("""
        A motion to approve the April 14, 2020, as presented minutes was made by Magistrate Gay,
        seconded by Magistrate Cullen. Discussion: Magistrate Ellis asked if the video of the
        meeting was part of the public record. No
        further discussion. All members voted in favor of accepting the minutes as presented.""");
    assertThat(r).extracting(Resolution::text).hasSize(1).first().asString().startsWith("approve the April 14, 2020, as presented minutes");
  }
}
