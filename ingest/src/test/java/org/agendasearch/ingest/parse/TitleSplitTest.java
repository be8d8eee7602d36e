package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSplitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Risk Assessment – Meetings from May 2021 – The Council received, considered, and agreed this document. | Risk Assessment – Meetings from May 2021 | The Council received, considered, and agreed this document.
      Declaration of Acceptance of Office – The Chairman and Vice Chairman signed their respective forms | Declaration of Acceptance of Office | The Chairman and Vice Chairman signed their respective forms
      Nomination of Vice Chairman – It was proposed by Councillor Howell, seconded by | Nomination of Vice Chairman | It was proposed by Councillor Howell, seconded by
      Town Centre – The Market Place and High Street Improvement Scheme | Town Centre – The Market Place and High Street Improvement Scheme | ''
      Nomination of Chairman – The current Chairman of the          | Nomination of Chairman – The current Chairman of the | ''
      Call to Order/ Roll Call-First Selectman Murphy called the meeting to order at 7:02 PM with | Call to Order/ Roll Call | First Selectman Murphy called the meeting to order at 7:02 PM with
      Mid-Year Budget Review and the Capital Plan                   | Mid-Year Budget Review and the Capital Plan | ''
      Chairs Remark. The chair asked for committee member to take minutes of the meeting. | Chairs Remark | The chair asked for committee member to take minutes of the meeting.
      Cllr Tom Shepherd was elected as Chairman of the Parish Council. He was nominated by Cllr Steer and seconded by | Cllr Tom Shepherd was elected as Chairman of the Parish Council | He was nominated by Cllr Steer and seconded by
      Election of Chairman –The nomination to re-elect Mr Gregory Lauder- Frost as Chairman | Election of Chairman | The nomination to re-elect Mr Gregory Lauder- Frost as Chairman
      Ratification of the minutes of the meeting held on 30th October 2018. The minutes of the meeting of the | Ratification of the minutes of the meeting held on 30th October 2018 | The minutes of the meeting of the
      Report of Cllr. Smith on the Village Hall Roof Repairs      | Report of Cllr. Smith on the Village Hall Roof Repairs | ''
      Chairman’s remarks – SW thanked everyone for attending and noted that over the last 3 | Chairman’s remarks | SW thanked everyone for attending and noted that over the last 3
      Apologies for absence and reasons given – None. MM apologised as she had omitted to send | Apologies for absence and reasons given | None. MM apologised as she had omitted to send
      Village Hall Matters – BT Openreach cabinet on Church Lane | Village Hall Matters – BT Openreach cabinet on Church Lane | ''
      Treasurer’s Warrants – On a motion made by L. Titus, seconded by R. Browne, the Board | Treasurer’s Warrants | On a motion made by L. Titus, seconded by R. Browne, the Board
      Cyhoeddiadau/Announcements. T. Edwards thanked the outgoing chair for all his hard | Cyhoeddiadau/Announcements | T. Edwards thanked the outgoing chair for all his hard
      Cofrestriad o ddiddordeb/Registration of interest (if known at this point). None. | Cofrestriad o ddiddordeb/Registration of interest (if known at this point) | None
      Ymddiheuriadau/Apologies. None.                               | Ymddiheuriadau/Apologies | None
      Welcome/Apologies (as above)/Police report. Pete Campbell welcomed | Welcome/Apologies (as above)/Police report | Pete Campbell welcomed
      Minutes of June meeting/matters arising (if not on agenda). The minutes of | Minutes of June meeting/matters arising (if not on agenda) | The minutes of
      Annual Report. The Old School                                 | Annual Report. The Old School | ''
      Maltings Housing Association letter – P.Cnllrs noted that this further development is | Maltings Housing Association letter | P.Cnllrs noted that this further development is
      """)
  void a_minutes_heading_parts_from_the_sentence_after_its_dash(String line, String title, String rest) {
    TitleSplit split = TitleSplit.ofMinute(line);
    assertThat(split.title()).isEqualTo(title);
    assertThat(split.rest()).isEqualTo(rest);
  }

  @org.junit.jupiter.api.Test
  void an_agendas_line_keeps_what_follows_its_dash() {
    assertThat(TitleSplit.of("Emergency evacuation procedure – The chair to inform members of the public of the procedure.").rest())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt Niki Gordon | CHAIRMAN’S ANNOUNCEMENTS | resolution to co-opt Niki Gordon
      NEXT MEETING MONDAY 2 SEPTEMBER at 7 p.m. in Elderpark      | NEXT MEETING MONDAY 2 SEPTEMBER | at 7 p.m. in Elderpark
      ALISON JOHNSTONE MSP. Alison has written to say she will   | ALISON JOHNSTONE MSP | Alison has written to say she will
      Perth City Development Board - Report by Executive Director | Perth City Development Board | Report by Executive Director
      Finance - Invoice Eden Bespoke Landscapes £ 705.25         | Finance | Invoice Eden Bespoke Landscapes £ 705.25
      Call to Order: 7:00 p.m.                                   | Call to Order | 7:00 p.m.
      The meeting was called to order by William Soderlund at 4:36 p.m. | The meeting was called to order by William Soderlund at 4:36 p.m. | ''
      Accounts: None                                             | Accounts | None
      Correspondence – None.                                     | Correspondence | None.
      APOLOGIES Apologies for absence were received from Councillors | APOLOGIES | Apologies for absence were received from Councillors
      To receive Committee Reports:- Traffic Management Committee | To receive Committee Reports | Traffic Management Committee
      Declarations of Interest – PM and GW in relation to Acre field | Declarations of Interest | PM and GW in relation to Acre field
      Apologies for absence: Mr David Mantle, Mr Paul Lindoewood | Apologies for absence | Mr David Mantle, Mr Paul Lindoewood
      Apologies for absence Cllr. Julia Phillip and County Councillor Raiff Devlin | Apologies for absence | Cllr. Julia Phillip and County Councillor Raiff Devlin
      Declarations of Interest There were no declarations of interest | Declarations of Interest | There were no declarations of interest
      Planning Applications for consideration                    | Planning Applications for consideration | ''
      Minutes - For information                                  | Minutes - For information | ''
      CORRES: Town of Fort Macleod RE: Invitation to Santa Claus Parade | CORRES: Town of Fort Macleod RE: Invitation to Santa Claus Parade | ''
      MATTERS ARISING for information exchange only              | MATTERS ARISING for information exchange only | ''
      (a) Nomination of three members to Regeneration Sub-Committee | Nomination of three members to Regeneration Sub-Committee | ''
      BUDGET AND MEDIUM TERM FINANCIAL STRATEGY                  | BUDGET AND MEDIUM TERM FINANCIAL STRATEGY | ''
      Declarations of Interest                                   | Declarations of Interest | ''
      Call to Order - Moment of Reflection:                      | Call to Order - Moment of Reflection: | ''
      CC-4 OGRA-FCM Unveils Municipal Asset Management Program   | CC-4 OGRA-FCM Unveils Municipal Asset Management Program | ''
      CC-8 SCRCA April Board Meeting Minutes                     | CC-8 SCRCA April Board Meeting Minutes | ''
      Apologies- DM, LM, JC, MB                                  | Apologies | DM, LM, JC, MB
      Adoption of previous meeting minutes 7th Feb- proposed (DK)/seconded (DB) | Adoption of previous meeting minutes 7th Feb | proposed (DK)/seconded (DB)
      PANEL MEMBER COMMUNICATIONS- NON- AGENDA                   | PANEL MEMBER COMMUNICATIONS- NON- AGENDA | ''
      Response to Consultation Request - Installation of 400kv East Coast | Response to Consultation Request - Installation of 400kv East Coast | ''
      """)
  void parts_a_title_from_what_follows_it(String line, String title, String rest) {
    TitleSplit s = TitleSplit.of(line.strip());
    assertThat(s.title()).isEqualTo(title.strip());
    assertThat(s.rest()).isEqualTo(rest == null ? "" : rest.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Tennis Center Annual Report for Fiscal Year 2021-2022 The Board will receive | Tennis Center Annual Report for Fiscal Year 2021-2022 | The Board will receive
      Budget Update for Fiscal Year 2022-23 Report presented to the Board | Budget Update for Fiscal Year 2022-23 | Report presented to the Board
      Park Patrol Report Park Patrol Report for August and September provided | Park Patrol Report | Park Patrol Report for August and September provided
      Departmental Operations Update Departmental operations, such as budgetary | Departmental Operations Update | Departmental operations, such as budgetary
      Approval of Minutes Approval of October 13, 2022 and October 27, 2022 Minutes. | Approval of Minutes | Approval of October 13, 2022 and October 27, 2022 Minutes.
      Aquatic Program Annual Report Report on annual Aquatic Section operations | Aquatic Program Annual Report | Report on annual Aquatic Section operations
      Brace Canyon Park Ballfield Life Cycle Assessment Analysis The Board will receive a report | Brace Canyon Park Ballfield Life Cycle Assessment Analysis | The Board will receive a report
      Presentation regarding Cal/OSHA Recordable and Reportable Injury Cases | Presentation regarding Cal/OSHA Recordable and Reportable Injury Cases | ''
      Public Hearing on Application of Thomas M And Carmen J Montero requesting a Special Use | Public Hearing on Application of Thomas M And Carmen J Montero requesting a Special Use | ''
      Medical Mutual of Ohio Medical Administration Services Only Three-Year Contract | Medical Mutual of Ohio Medical Administration Services Only Three-Year Contract | ''
      Public and Staff Comments (three minute maximum). | Public and Staff Comments (three minute maximum). | ''
      City Manager Update - Verbal report                         | City Manager Update - Verbal report | ''
      Approval of the FY 2023-24 Annual Budget                    | Approval of the FY 2023-24 Annual Budget | ''
      CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION         | CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION | ''
      """)
  void parts_a_title_case_title_from_the_description_it_runs_into(String line, String title, String rest) {
    TitleSplit s = TitleSplit.runOn(line.strip());
    assertThat(s.title()).isEqualTo(title.strip());
    assertThat(s.rest()).isEqualTo(rest == null ? "" : rest.strip());
  }
}
