package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionStartTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      RESOLVED: That the minutes be approved.                 | RESOLVED | That the minutes be approved.
      Resolved – that the committee provides comments         | RESOLVED | that the committee provides comments
      (1) RESOLVED that the report be noted                   | RESOLVED | that the report be noted
      It was RESOLVED that the plan be adopted                | RESOLVED | that the plan be adopted
      It was AGREED to adopt the minutes of the Meeting       | RESOLVED | to adopt the minutes of the Meeting
      It was agreed that we should continue                   | RESOLVED | that we should continue
      The Committee RESOLVED to approve the grant             | RESOLVED | to approve the grant
      Committee resolved to note the apologies.               | RESOLVED | to note the apologies.
      And unanimously Resolved                                | RESOLVED | ''
      and RESOLVED that the reports of the External Auditor be noted. | RESOLVED | that the reports of the External Auditor be noted.
      AND AGREED                                              | RESOLVED | ''
      Resolved to RECOMMEND: (to Council)                     | RESOLVED | ''
      RESOLVED – T H A T the minutes be approved              | RESOLVED | THAT the minutes be approved
      DECISION: To defer the application                      | RESOLVED | To defer the application
      Decision Made                                           | RESOLVED | ''
      Councilor Lakin moved to approve the proposed schedule. | MOTION   | approve the proposed schedule.
      Motion: Councilor Tuttle moved to approve the findings  | MOTION   | approve the findings
      Proposed (AH) & Seconded (SB) that the minutes be approved | MOTION | the minutes be approved
      MOVED BY Councillor Schultz, to approve the agenda as amended. | MOTION | approve the agenda as amended.
      Action – Minutes approved by JFl and seconded by BG. | RESOLVED | Minutes approved by JFl and seconded by BG.
      Approved by L. Walker and seconded by A. Annandale..    | RESOLVED | Approved by L. Walker and seconded by A. Annandale..
      Resolution #16-01-2021, Moved by J. Mielhausen, Seconded by M. Myles | MOVED | ''
      Motion-4831-21-Councillor S. Budgell/Councillor M. Wheaton | MOVED | ''
      #16-137   MOVED BY COUNCILLOR MICHAEL TOWER AND SECONDED BY COUNCILLOR RON | MOVED | ''
      Approval of Minutes Moved by Deputy Mayor Matheson | MOVED | ''
      90-12 MOTION: Stephens and Taylor                       | MOVED    | ''
      Councilmember Tetens made the motion, seconded by Councilmember Beckman, to approve the minutes | MOTION | approve the minutes
      R17/02/016 MOVED BY Councillor Gregory, to close the Public Hearing. | MOTION | close the Public Hearing.
      It was proposed by Councillor Howell, seconded by Councillor Peacock and agreed/resolved following the vote that Councillor Chaplin will be the Vice Chairman | MOTION | Councillor Chaplin will be the Vice Chairman
      It was moved and seconded:                              | MOVED    | ''
      Moved and seconded that the minutes be adopted          | MOTION   | the minutes be adopted
      Minutes 19/086 GRAHAM: That the minutes of the First Meeting be accepted | MOTION | That the minutes of the First Meeting be accepted
      19/089 LAMB: That, as the draft Meeting Minutes are circulated | MOTION | That, as the draft Meeting Minutes are circulated
      205/15 RESOLUTION MOVED: Ald Laycock                    | MOVED    | ''
      MIN 108/05 MOTION - Moved Cr. Jefferies 2nd Cr. Greenwood | MOVED  | ''
      Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu). | MOTION | approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu).
      RESULT: APPROVED [UNANIMOUS]                            | RESULT   | APPROVED [UNANIMOUS]
      Cormic, and RESOLVED                                    | RESOLVED | ''
      Motion (Rosenberg)/Second (Wolfe) to approve minutes as amended | MOTION | approve minutes as amended
      3058/11 RESOLVED:         (Hoban/Ainsworth)                | RESOLVED | ''
      The other payments for March 2014 were noted and agreed.   | RESOLVED | The other payments for March 2014 were noted and agreed.
      The minutes were approved by the members present.          | RESOLVED | The minutes were approved by the members present.
      APPROVED on the motion of Provost Allan seconded by Councillor Mulholland. | RESOLVED | APPROVED on the motion of Provost Allan seconded by Councillor Mulholland.
      Res. 271 BE IT RESOLVED that the amended agenda be hereby adopted with additions. | RESOLVED | the amended agenda be hereby adopted with additions.
      iv. Planning matters within the Parish – Agreed all Cllrs to be involved. | RESOLVED | all Cllrs to be involved.
      One nomination was received and Cllr J Trafford was duly elected Chairman. | RESOLVED | One nomination was received and Cllr J Trafford was duly elected Chairman.
      It was proposed by Councillor J. Hogan, seconded by Councillor S. Hanafin and resolved: | RESOLVED | ''
      Referring to Item B, it was MOVED by Foy, seconded by Buchanan, to approve the expenditure of | MOTION | approve the expenditure of
      was MOVED by Foy, seconded by Buchanan, to amend the motion making the expenditure $2000. | MOTION | amend the motion making the expenditure $2000.
      Trustee Hoefert, seconded by Trustee Iadel, moved to approve the minutes | MOTION | approve the minutes
      C-277/14 MOVED BY COUNCILLOR ANNE MARIE PHILIPSEN that the agenda be adopted. | MOTION | the agenda be adopted.
      No. 146 Moved by Deputy Mayor Lloyd                     | MOVED    | ''
      Motion 6.a Moved by Councillor Pat Doll that Council approves the revisions | MOTION | Council approves the revisions
      Moved by T. Foote, second by L. Gray to exit Executive Session at 7:08 p.m. | MOTION | exit Executive Session at 7:08 p.m.
      AGREED by all to ask David Houghton to act as internal auditor again | RESOLVED | to ask David Houghton to act as internal auditor again
      grass cutting invoice. AGREED by all present to pay.   | RESOLVED | to pay.
      Eastnor Churchyard – RESOLUTION to agree in principal a donation | RESOLVED | to agree in principal a donation
      RESOLVED (Cr Fenton/Cr Carter)                          | RESOLVED | ''
      RESOLVED [37/22] (Cadwallader/Gordon) that the Minutes be confirmed | RESOLVED | that the Minutes be confirmed
      On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED to elect Cllr Roberts | RESOLVED | to elect Cllr Roberts
      Having been proposed (Cllr Waller) and seconded (Cllr Ashton Derry), it was RESOLVED to: | RESOLVED | to:
      RECOMMENDED – that the report be noted                  | RESOLVED | that the report be noted
      FURTHER RESOLVED: That the Clerk be instructed          | RESOLVED | That the Clerk be instructed
      Following discussion, it was agreed to suspend all new projects for this financial | RESOLVED | to suspend all new projects for this financial
      All members agreed that for future Annual meetings various organisations to be sent notice. This | RESOLVED | that for future Annual meetings various organisations to be sent notice. This
      The Clerks report was presented and approved.           | RESOLVED | The Clerks report was presented and approved.
      PROPOSED, SECONDED and RESOLVED to elect Cllr. S.Mitchell as Chair of the Town Council. | RESOLVED | to elect Cllr. S.Mitchell as Chair of the Town Council.
      RESOLVED unanimously on the motion of Clr Curtin, seconded Clr Simms that an apology for non | RESOLVED | that an apology for non
      Resolved: Sheppard/Roberts                              | RESOLVED | ''
      RESOLVED - 17/401 Cr C Gryllis/Cr R Gander That Council allow two media outlets | RESOLVED | That Council allow two media outlets
      It was proposed by Cllr James & Cllr Gordon that Cllr Maude be appointed as Vice-Chairman. | MOTION | Cllr Maude be appointed as Vice-Chairman.
      UPON MOTION duly made and seconded, the Board approved settlement as requested | MOTION | approved settlement as requested
      Resolved, proposed Cllr Klimowicz, seconded Cllr Jolly, that Zoey Kelly be co-opted to the office of | RESOLVED | that Zoey Kelly be co-opted to the office of
      Decision: Cabinet RESOLVED that the minutes of the previous meeting held on Monday 17 April 2023 be | RESOLVED | that the minutes of the previous meeting held on Monday 17 April 2023 be
      Moved by Voss to adopt. Second by Gatto.                | MOTION   | adopt. Second by Gatto.
      Motion by Commissioner Sparks, second by Commissioner Faust, to approve the February 12, | MOTION | approve the February 12,
      MOTION by: Mr. Shupe and seconded by Mr. Luther to approve the October 16, 2014 | MOTION | approve the October 16, 2014
      IT WAS MOVED by Councillor Fletcher seconded by Councillor Gilbert to approve the minutes of the | MOTION | approve the minutes of the
      Motion made by Kleinbub to suspend normal rules and allow passage on the 1st reading, 2nd | MOTION | suspend normal rules and allow passage on the 1st reading, 2nd
      No report had been received, but it was agreed to invite a representative of SW Police | RESOLVED | to invite a representative of SW Police
      MOTION: Councilmember Chao moved and Councilmember Moore seconded to approve the minutes. | MOTION | approve the minutes.
      MOTION:                                                 | MOVED    | ''
      MOTION moved by Pat MacLellan seconded by John Searle and carried | MOVED | ''
      RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR | RESOLVED | ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR
      Resolution number GB/2024/12                            | RESOLVED | ''
      Resolution 2024/38                                      | RESOLVED | 
      Council resolution                                      | RESOLVED | ''
      2.1 Resolved:                                           | RESOLVED | ''
      resolved:                                               | RESOLVED | ''
      personal views. After discussion the council agreed to complete the form as per | RESOLVED | to complete the form as per
      Minutes for both meetings were agreed by all councillors present and signed by Cllr Pritchard | RESOLVED | Minutes for both meetings were agreed by all councillors present and signed by Cllr Pritchard
      Council Member Mahan moved approval of the minutes of the special meeting held on July 30, 2004. | MOTION | approval of the minutes of the special meeting held on July 30, 2004.
      Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach. | RESOLVED | Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as Cathaoirleach.
      nominations, this was seconded by Mary Button. Pat Clare was thus re-elected as Chairman and | RESOLVED | Pat Clare was thus re-elected as Chairman and
      and seconded by Willie McKenna. Following a secret ballot, David Green was elected as | RESOLVED | David Green was elected as
      5. APPROVAL OF AGENDA p2 Motion by Yarnell/ 2nd by Houston to approve agenda as | MOTION | approve agenda as
      meeting of the Jury. Motion offered by Mr. Hudson, seconded by Mr. Bratton to approve the | MOTION | approve the
      A motion was offered by Mr. Hudson, seconded by Mr. Bratton to accept The Ouachita Citizen as | MOTION | accept The Ouachita Citizen as
      Proposed, seconded and unanimously approved RESOLVED to adopt the draft minutes as | RESOLVED | to adopt the draft minutes as
      seconded by Cllr A Brammer. With no other proposals, it was RESOLVED unanimously that Cllr D | RESOLVED | that Cllr D
      Adopted on the proposal of Cllr Murphy seconded by Cllr O’Neill. | RESOLVED | Adopted on the proposal of Cllr Murphy seconded by Cllr O’Neill.
      Following a lengthy discussion it was agreed that meeting should commence at 9 | RESOLVED | that meeting should commence at 9
      There being no other candidates Cllr O’Neill was declared elected. | RESOLVED | There being no other candidates Cllr O’Neill was declared elected.
      It was resolved at this point to temporary suspend standing order 70 | RESOLVED | at this point to temporary suspend standing order 70
      In the absence of any councillor willing to take this position on, it was agreed to defer this item. | RESOLVED | to defer this item.
      103/09 M/S/C L. Bodie/ D. Hansen that the agenda be adopted as amended. | MOTION | the agenda be adopted as amended.
      It was MOVED, R. Carsten and seconded to approve the Agenda.   | MOTION | approve the Agenda.
      TRUSTEE RECTOR MOVED, TRUSTEE PISEL SECONDED the motion to approve the agenda. | MOTION | approve the agenda.
      D Yelk moved, V Pogue second the motion to go into closed session at 7:05 p.m. | MOTION | go into closed session at 7:05 p.m.
      Trustee Miller moved, and Trustee Soles seconded the motion to enter Executive Session. | MOTION | enter Executive Session.
      MOVED by Counc. Kilfoil and seconded by Counc. Cochrane the agenda be approved | MOTION | the agenda be approved
      c. Risk Assessment review: It was agreed that Paul would identify the risks | RESOLVED | that Paul would identify the risks
      The board voted 6-0 to approve the following items on the Consent Agenda: | RESOLVED | to approve the following items on the Consent Agenda:
      B. Facility Projects – The board voted 6-0 to approve the lighted Tiger Plaza sign | RESOLVED | to approve the lighted Tiger Plaza sign
      The Board voted unanimously to approve the minutes       | RESOLVED | to approve the minutes
      PENDERFYNWYD                                             | RESOLVED | ''
      The Board NOTED the report.                              | RESOLVED | NOTED the report.
      Jessie Medlin made the motion and Supervisor Allen Latimer seconded the motion to | MOTION | ''
      Chairman Vincent declared the motion approved. Commissioner Crabtree made the motion to | MOTION | ''
      Mayor Glasser stated the minutes stand as submitted      | RESOLVED | the minutes stand as submitted
      Mrs. Smith then moved to appoint Shannon Parker and Arden Blackwell to the | MOTION | appoint Shannon Parker and Arden Blackwell to the
      Minutes agreed and signed as a correct record.           | RESOLVED | Minutes agreed and signed as a correct record.
      Regular Fiscal Court Meeting of September 26, 2017. Hearing none, these minutes stood approved | RESOLVED | these minutes stood approved
      Motion by Bartz, second by Abrams, carried to approve the agenda. | MOTION | approve the agenda.
      Moved by Carter and seconded by Haggerton to amend the agenda | MOTION | amend the agenda
      MOVED BY CARTER AND SECONDED BY HAGGERTON TO AMEND       | MOTION | AMEND
      Minutes         255/08    ROBERT – That the minutes of the regular council meeting held August 13, | MOTION | That the minutes of the regular council meeting held August 13,
      2010 council meeting for Council's approval. Hodges moved Keenan seconded to approve the | MOTION | approve the
      The Minute was held as read and APPROVED.                | RESOLVED | The Minute was held as read and APPROVED.
      After a brief discussion and clarification it was the general consensus of the Board to reschedule the | RESOLVED | to reschedule the
      Motion made (Wotachek, Dvorak) to approve previous Board Meeting Minutes of July 9, 2012. Voice | MOTION | approve previous Board Meeting Minutes of July 9, 2012. Voice
      On a motion made by Sprague and seconded by Wysocki, the Board of Selectmen voted to close the warrant | MOTION | close the warrant
      282/15     Bains:           That the agenda be accepted as presented. | MOTION | That the agenda be accepted as presented.
      Germs: That Council comes out of camera.                       | MOTION | That Council comes out of camera.
      237-2019 - Cummins        That the minutes of the previous regular meeting be | MOTION | That the minutes of the previous regular meeting be
      002-16        Councillor Currie that the agenda be accepted as presented | MOTION | that the agenda be accepted as presented
      BENKE – That the minutes of the September 15, 2020, Regular Council | MOTION | That the minutes of the September 15, 2020, Regular Council
      19/089 LAMB: That, as the draft Meeting Minutes are circulated prior | MOTION | That, as the draft Meeting Minutes are circulated prior
      Statement of Financial Activities 654-14 SCHINDEL – That the Statement of Financial Activities & the | MOTION | That the Statement of Financial Activities & the
      MINUTES: 1133-15 Atcheson: "That the minutes ofthe April9, 2015 regular | MOTION | That the minutes ofthe April9, 2015 regular
      (08-07-134) Motion Cr. Dagg that the minutes of the June 2, 2008 meeting be adopted as | MOTION | that the minutes of the June 2, 2008 meeting be adopted as
      It was moved by Councillor Meggs and seconded by Councillor MacIsaac the agenda be approved | MOTION | the agenda be approved
      AGENDA APPROVAL     Moved by Councillor Stulberg “that the agenda for the October 11, 2017 | MOTION | the agenda for the October 11, 2017
      On the motion of Rogala and Hoffman, the Select Board approved minutes from the meetings | MOTION | approved minutes from the meetings
      Motion by Stewart, Second by Hartman, Approved 3-0 to approve the 2023 Budget as | MOTION | approve the 2023 Budget as
      Motion by Tubbs, with support by Wood, to excuse Member Tossava. | MOTION | excuse Member Tossava.
      Motion by Olk, support by Besaw to accept the minutes, motion carried. | MOTION | accept the minutes, motion carried.
      Motion/Second: Brown/Duenas to approve Minutes of October 6, 2021, a regular meeting, | MOTION | approve Minutes of October 6, 2021, a regular meeting,
      116/14        AGENDA                QUINTYN/HILL that the agenda be adopted as present. | MOTION | the agenda be adopted as present.
      HILDERMAN/HILL to hear delegation Erwin Miller and Bill Cockshutt at | MOTION | hear delegation Erwin Miller and Bill Cockshutt at
      Upon motion by Mr. Cromartie, seconded by Ms. Devine, Council voted unanimously to approve the Minutes | MOTION | approve the Minutes
      Therefore the minutes, as presented, were RESOLVED as a true record of that meeting and duly | RESOLVED | the minutes, as presented, were RESOLVED as a true record of that meeting and duly
      Members confirmed 4th January 2022 minutes as a true record. | RESOLVED | confirmed 4th January 2022 minutes as a true record.
      It was Resolved Cllr Chris Sanderson and Cllr Paul Rawlinson join the Planning Committee of | RESOLVED | Cllr Chris Sanderson and Cllr Paul Rawlinson join the Planning Committee of
      The Chairman requested confirmation of the minutes and the Board agreed the minutes of the meeting | RESOLVED | the minutes of the meeting
      RESOLVED councillor B D Ferguson be elected as Chairman        | RESOLVED | councillor B D Ferguson be elected as Chairman
      Community Board Resolved PICB/2018/00001                       | RESOLVED | PICB/2018/00001
      BE IT RESOLVED THAT: the Board of Trustees approves the minutes | RESOLVED | the Board of Trustees approves the minutes
      Conwy area – letter asking for a donation it was decided to contribute £100.00. | RESOLVED | to contribute £100.00.
      Motion by Fleischhauer, seconded by Kantaros, the Board voted to appoint Lisa Rosenthal as Clerk Pro | MOTION | appoint Lisa Rosenthal as Clerk Pro
      •   It was agreed to appoint Ann Gallacher as Treasurer.       | RESOLVED | to appoint Ann Gallacher as Treasurer.
      •   The community council considered and adopted the Model Constitution. | RESOLVED | considered and adopted the Model Constitution.
      On the proposal of Councillor F. Maher, seconded by Councillor P. Bell, the Minutes of Council Meeting were | MOTION | the Minutes of Council Meeting were
      On the proposal of Councillor P. Nolan seconded by Councillor P. O’Toole, the Minutes of Joint Policing | MOTION | the Minutes of Joint Policing
      It was proposed, seconded and agreed to appoint Cllr A Carolan as Chair for 2024/2025. | RESOLVED | to appoint Cllr A Carolan as Chair for 2024/2025.
      MOVED by Williams, SECONDED by Raymond to dispense with the reading of the minutes of | MOTION | dispense with the reading of the minutes of
      On motion of Mr. Lawson, seconded by Mr. Fowler, the minutes taken from a Regular | MOTION | the minutes taken from a Regular
      On a motion made by Lance Kalfell and seconded by Scott Sackman the treasurer’s report was approved. | MOTION | the treasurer’s report was approved.
      On a motion made by L. Titus, seconded by R. Browne, the Board voted unanimously to approve the minutes | MOTION | approve the minutes
      Commissioner Abraham offered motion, seconded by Commissioner Gault, that a | MOTION | a
      Councilmember Floyd MOVED to not send draft minutes out to the public. | MOTION | not send draft minutes out to the public.
      10.338    Moved by Councillor Kroeger that the agenda of the regular council meeting of | MOTION | the agenda of the regular council meeting of
      It was moved by Councillor Gerald Keough and seconded by Councillor Jeff Hackett: | MOVED | ''
      And is unanimously resolved to adopt the minutes of March 22nd, 2016 regular | RESOLVED | to adopt the minutes of March 22nd, 2016 regular
      A motion was made by Treasurer J. Thelen, supported by Trustee T. Thelen to approve the minutes as amended. | MOTION | approve the minutes as amended.
      Upon motion by Charles Leighton, seconded by Danny Withee, it was voted 3 to 0 to approve the minutes as written. | MOTION | to approve the minutes as written.
      Approval of Minutes: Jennifer motioned, Greg seconded motion to approve August 14 | MOTION | approve August 14
      THE MINUTES of the previous meeting were read, approved and signed. | RESOLVED | THE MINUTES of the previous meeting were read, approved and signed.
      Minutes: The Minutes of the meeting of NPC which was held on 7th July 2010 were approved and signed. | RESOLVED | The Minutes of the meeting of NPC which was held on 7th July 2010 were approved and signed.
      The Committee confirmed the minutes of the meeting held on 17 April 2015 as a true record | RESOLVED | confirmed the minutes of the meeting held on 17 April 2015 as a true record
      The Joint Board agreed to note the change in membership as indicated. | RESOLVED | to note the change in membership as indicated.
      MOVED Cr de Vries that the Mayor’s report be received. | MOTION | that the Mayor’s report be received.
      Cadarnhawyd gofnodion y cyfarfod diwethaf fel rhai cywir | RESOLVED | Cadarnhawyd gofnodion y cyfarfod diwethaf fel rhai cywir
      A motion was offered by Carlos A. Mayeux, Jr., seconded by Van Kojis, to adopt the minutes | MOTION | adopt the minutes
      On motion by Freeman Ford, seconded by Lizzie Ned, the Board adopted the resolution | MOTION | adopted the resolution
      It was moved by Mrs. Cromer and seconded by Mrs. Carter to approve the agenda | MOTION | approve the agenda
      seconded by Cllr Newton and it was the unanimous decision to advise any prospective buyer | RESOLVED | to advise any prospective buyer
      £100 donation was proposed by Cllr Sidaway, seconded by Cllr Lee & unanimously agreed by all | RESOLVED | £100 donation was proposed by Cllr Sidaway, seconded by Cllr Lee & unanimously agreed by all
      Resolved: (Mayor Barry/Cr Briggs) Minute No. C 20201(2) | RESOLVED | ''
      RESOLVED TO ACCEPT THE SUPERVISOR’S REPORT WITH THE FOLLOWING AMENDMENTS: | RESOLVED | TO ACCEPT THE SUPERVISOR’S REPORT WITH THE FOLLOWING AMENDMENTS:
      1. DEIMHNIÚ MIONTUAIRISCÍ: On the proposal of Cllr. S. Sheppard, seconded by Cllr. C. Rasmussen, the Minutes of Monthly Meeting | MOTION | the Minutes of Monthly Meeting
      Min. 11/09/1 Moved Cr. N. Bin Tahal, Seconded Cr. A. Ketchell “That Council accept | MOTION | Council accept
      Committee Resolution: That the report be received       | RESOLVED | That the report be received
      Agreed:                                                 | RESOLVED | ''
      ACTION: Approved as presented                           | RESOLVED | Approved as presented
      Moved by Councillor Smith                               | MOVED    | ''
      Approval of the consent calendar was motioned by Member Matarrese, seconded by | MOTION | Approval of the consent calendar
      Member Follrath motioned to adopt the consent calendar as presented | MOTION | adopt the consent calendar as presented
      A motion was made by Supervisor Lee, seconded by Supervisor Park, that this Resolution be ADOPTED. | MOTION | this Resolution be ADOPTED.
      at busy times. RESOLVED and noted. The Council          | RESOLVED | and noted. The Council
      Hertingfordbury Parish Council approved the following payments: | RESOLVED | approved the following payments:
      The Clerk made these and the minutes were agreed and signed. Proposed by | RESOLVED | the minutes were agreed and signed. Proposed by
      The Minutes of the meeting held on Monday 2nd October were agreed | RESOLVED | The Minutes of the meeting held on Monday 2nd October were agreed
      Request for funding for Auld Kirk Illumination -- Granted | RESOLVED | Request for funding for Auld Kirk Illumination -- Granted
      2. Minutes: Minutes of the 2011 AGM meeting were read, approved, and signed off. | RESOLVED | Minutes of the 2011 AGM meeting were read, approved, and signed off.
      Moved by Hart, seconded by Reid, the minutes of the regular | MOTION | the minutes of the regular
      The council voted in favour of agreement to the Minutes of the previous Annual General | RESOLVED | voted in favour of agreement to the Minutes of the previous Annual General
      consuming. Mr Ibbott proposed Mr Downing to stand again. This was seconded by Mrs | RESOLVED | Mr Downing to stand again. This was seconded by Mrs
      Cllr. Donal Kenny proposed Cllr. Joe Sullivan as Cathaoirleach. Cllr. Kenny's nomination was seconded by Cllr. | RESOLVED | Cllr. Joe Sullivan as Cathaoirleach. Cllr. Kenny's nomination was seconded by Cllr.
      It was moved by Councillor Williams and seconded by Councillor Eshelby that the agenda be approved | MOTION | the agenda be approved
      Moved Cr K Zanker seconded Cr R Kingston that apologies be accepted. | MOTION | apologies be accepted.
      Moved by Councillor Travis, seconded by Councillor Sturgeon to accept the minutes of | MOTION | accept the minutes of
      PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold onto the Parish Council | RESOLVED | to co-opt Jon Mold onto the Parish Council
      in the village. PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold onto the Parish Council | RESOLVED | to co-opt Jon Mold onto the Parish Council
      - Agreed that payments of Accounts since the last meeting are ratified | RESOLVED | that payments of Accounts since the last meeting are ratified
      Members participating Unanimously Resolved that the Council approved NL’s reason | RESOLVED | that the Council approved NL’s reason
      At the proposal of Cllr. M. Hegarty, seconded by Cllr. C. O’Sullivan the minutes of the meeting were confirmed | MOTION | the minutes of the meeting were confirmed
      705.14 Moved by: Deputy Reeve Lloyd Kearl to approve agenda for the August 11, 2014 | MOTION | approve agenda for the August 11, 2014
      2.Minutes – On a motion made by L. Titus, seconded by R. Browne, the Board voted unanimously to approve the minutes | MOTION | approve the minutes
      •Motion to accept the request from PSNH for pole license located on Fernwood Point | MOTION | accept the request from PSNH for pole license located on Fernwood Point
      Mr. Zimmerman MADE A MOTION to approve the minutes from the regular meeting 1474 held | MOTION | approve the minutes from the regular meeting 1474 held
      Commissioner Strand moved the Order of the Agenda be approved, moving Item Nos. 2b | MOTION | the Order of the Agenda be approved, moving Item Nos. 2b
      MOTION: The agenda be approved – Councillor Corbin, Councillor Wright | MOTION | The agenda be approved
      Moved Chairman Clarkson, seconded Hilary Kelso and resolved: That the Ardlussa Community | RESOLVED | That the Ardlussa Community
      by Cllr. J. R. Fanshaw it was RESOLVED - THAT such Minutes be approved as a true record and signed | RESOLVED | THAT such Minutes be approved as a true record and signed
      On the proposal of Cllr. M. Hegarty, seconded by Cllr. C. O’Sullivan, members approved the Disposal | MOTION | approved the Disposal
      Members of the Public: None. Members participating Unanimously Resolved | RESOLVED |
      - Approved | RESOLVED | Approved
      Resolved WDC 2025/027 | RESOLVED | WDC 2025/027
      Commission of 9/1, upon motion received and filed and approved as printed. | MOTION | received and filed and approved as printed.
      Approve/Change Agenda - A motion was made by Commissioner Corey Davenport seconded by Commissioner Jeannine Floyd to add | MOTION | add
      Moved Cr J Wise seconded Cr K Zanker the Minutes of the Ordinary Meeting of Council held on | MOTION | the Minutes of the Ordinary Meeting of Council held on
      Cr Curran moved, Cr Geard seconded that the Minutes of the Ordinary Council meeting of 21st July | MOTION | that the Minutes of the Ordinary Council meeting of 21st July
      14/174 - Moved, seconded by Councillors Steer/MacIntyre that the agenda be adopted as | MOTION | the agenda be adopted as
      An Chomhairle agreed that Chief Executive’s items would be considered at the end of the | RESOLVED | that Chief Executive’s items would be considered at the end of the
      An tArdmhéara proposed, and An Chomhairle agreed to suspend Standing Orders to consider | RESOLVED | to suspend Standing Orders to consider
      COUNCILMEMBER MARIN MOVED, SECONDED BY COUNCILMEMBER ORVIS, FOR APPROVAL | MOTION | APPROVAL
      Decision: 2-0 | RESULT | 2-0
      Yost moved, second by Doane, to amend the agenda to include | MOTION | amend the agenda to include
      (a) On the PROPOSAL of Cllr. J Moloney SECONDED by Cllr. M Kennelly it was agreed that the | RESOLVED | that the
      M#5865-19 Mayor Cassie moved the adoption of the Minutes of the Tenth Regular Meeting held April | MOTION | the adoption of the Minutes of the Tenth Regular Meeting held April
      187 RESOLVED on the motion of Councillors Karpin and Gold that the apology be accepted and | RESOLVED | that the apology be accepted and
      It was proposed by Cllr. A. Ferris, seconded by Cllr. G. Walsh and agreed to confirm and sign | RESOLVED | to confirm and sign
      Resolution No. 2023-123 Moved by: Councillor Smith Seconded by: Councillor Jones | MOVED |
      Motion made by: S. Lewis | MOVED |
      VOTED: To approve the Minutes of June 26, 2006 as amended. | RESOLVED | To approve the Minutes of June 26, 2006 as amended.
      The Board VOTED unanimously to accept the gift of land. | RESOLVED | to accept the gift of land.
      Upon motion by Selectman Spataro and seconded by Selectman Andrews, the Board | MOVED |
      Cllr Rickett was nominated and proposed by Cllr Parkinson. | RESOLVED | Cllr Rickett was nominated and proposed by Cllr Parkinson.
      Cllr.Rickett nominated Cllr Osbourne. | RESOLVED | Cllr.Rickett nominated Cllr Osbourne.
      Cllr Bealey was proposed in his absence by Cllr Rickett, seconded by Cllr Parkinson. To be | RESOLVED | Cllr Bealey was proposed in his absence by Cllr Rickett, seconded by Cllr Parkinson. To be
      1. Moved Cr Clayfield that the minutes of the Ordinary Meeting of Council held Monday 15 June 2020 | MOTION | that the minutes of the Ordinary Meeting of Council held Monday 15 June 2020
      Moved by Councillor G Caffell – That in terms of section 46A(7) of the Local Government | MOTION | That in terms of section 46A(7) of the Local Government
      on the 27thOctober 2015. Minutes proposed by Councillor Janes and seconded by Councillor | RESOLVED | Minutes proposed by Councillor Janes and seconded by Councillor
      """)
  void reads_the_forms_of_a_decision(String line, DecisionStart.Kind kind, String text) {
    DecisionStart d = DecisionStart.at(line.strip()).orElseThrow();
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.text()).isEqualTo(text == null ? "" : text.strip());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "cases were resolved within one month", "All agenda items having been considered, it was moved by Michael Strong and seconded by", "Agreed", "Decision Made: 12 September 2012",
      "Decision status: Recommendations Approved", "it was agreed at the last meeting", "The item was resolved by officers",
      "Action: Clerk to write to the landowner", "Recommended reading for members",
      "The plans that were approved last year were not built", "the budget had been agreed in March",
      "23/01927/FULL Change of use of shop to cafe – Granted", "Members thought the policy was approved too soon",
      "the new proposal for the hub was approved by the safeguarding partnership during the summer",
      "The councillor who was elected in 2019 spoke", "Members were appointed to outside bodies last year",
      "Motion to Move in Camera", "The committee voted in favour of the proposal", "Members voted in favour of the motion.",
      "Cllr Smith proposed the budget be increased by 3%", "The motion was approved 7-0.",
      "moved by Councillor Walker and seconded by Councillor Sweatman. This was agreed", "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm",
      "Recommendation: That the report be noted.", "Purpose: That members consider the options",
      "Smith That the report be received", "Minutes Smith: That the report be received", "Clerk – That the report be received",
      "Police/Fire to attend the meeting in March",
      "Approval of Agenda: Trustee Miller moved, and Trustee Taylor seconded the motion to"})
  void prose_a_status_column_a_dated_label_and_a_motions_result_are_no_decisions(String line) {
    assertThat(DecisionStart.at(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"RESULT: FAILED [4-2-1-1]", "The motion failed.", "and set motion failed to gather a majority"})
  void a_failed_motion_is_recognised(String line) {
    assertThat(DecisionStart.failed(line)).isTrue();
  }

  @Test
  void a_motion_after_a_numbered_headings_semicolon_leaves_the_line_its_heading() {
    DecisionStart d = DecisionStart.at("2) Approval of September 6 and 20 Council meeting minutes; Foley made a motion to approve the")
        .orElseThrow();
    assertThat(d.kind()).isEqualTo(DecisionStart.Kind.MOTION);
    assertThat(d.text()).isEqualTo("approve the");
    assertThat(d.inProse()).isTrue();
    assertThat(TitleSplit.ofMinute("Approval of September 6 and 20 Council meeting minutes; Foley made a motion to approve the")
        .title()).isEqualTo("Approval of September 6 and 20 Council meeting minutes");
  }
}
