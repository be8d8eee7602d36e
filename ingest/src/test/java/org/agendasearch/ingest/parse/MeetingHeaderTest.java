package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingHeaderTest {

  private static MeetingHeader read(String text) {
    List<Line> lines = Arrays.stream(text.split("/")).map(String::strip).map(t -> new Line(1, t)).toList();
    return MeetingHeader.read(lines, 0, lines.size(), false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Minutes of the meeting of Cabinet held at The Hall on Thursday 22 January 2015 at 2.00 pm | Cabinet | 2015-01-22 | 14:00
      MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL / HELD ON 9TH JANUARY 2019 AT 19.00 | HERTINGFORDBURY PARISH COUNCIL | 2019-01-09 | 19:00
      Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023, commencing at 6.30 pm | Ordinary Meeting | 2023-10-19 | 18:30
      Members are summoned to attend a Meeting of / Hertingfordbury Parish Council to be held at the School, on Wednesday 9th / January 2019 at 1900. | Hertingfordbury Parish Council | 2019-01-09 | 19:00
      Meeting: North York Moors National Park Authority / Date: Monday 25 September 2023 at 9.30am | North York Moors National Park Authority | 2023-09-25 | 09:30
      Cabinet - Thursday 26 March 2009 7.30 pm                                               | Cabinet | 2009-03-26 | 19:30
      Minutes of Clones Town Council monthly meeting which was held on Monday / 31st January 2011 at 8.00 p.m. in Clones Town Council Chamber | Clones Town Council monthly | 2011-01-31 | 20:00
      June 2019 / Meeting of the Annie Porter Ainsworth Memorial Library / June 10, 2019 at 5:00 pm | Meeting of the Annie Porter Ainsworth Memorial Library | 2019-06-10 | 17:00
      Ordinary Meeting Minutes / Held on Wednesday 23 November 2016 / At Council Chambers, Bega Commencing at 2.00 PM | Ordinary Meeting | 2016-11-23 | 14:00
      APPROVED minutes Cambusbarron Community Council Ordinary meeting 153 / held on 21 March 2023 at the Community Centre at 7pm | Cambusbarron Community Council Ordinary meeting 153 | 2023-03-21 | 19:00
      APRIL 13, 1998 / 7:00 P.M. / CITY OF CALHOUN, CITY COUNCIL / DEPOT COMMUNITY ROOM | CITY OF CALHOUN, CITY COUNCIL | 1998-04-13 | 19:00
      MINUTES / JUNE 28, 2010 / The Board of County Commissioners of Weld County, Colorado, met in regular session in full | Board of County Commissioners of Weld County, Colorado | 2010-06-28 |
      Regional Council / Open Minutes / Commencing: Thursday 2 December 2021, 11.00 am (after Risk & Assurance Committee) | Regional Council | 2021-12-02 | 11:00
      National City, California, April 26, 1960 / Regular meeting of the City Council was called to order by Mayor | Regular meeting of the City Council | 1960-04-26 |
      GOVAN COMMUNITY COUNCIL / GENERAL MEETING MONDAY 8 JULY 2024 / Held in the Board Room at 7 p.m. | GENERAL MEETING of GOVAN COMMUNITY COUNCIL | 2024-07-08 | 19:00
      Regular Council Meeting / July 9, 2002 / Plymouth Forum                                | Regular Council Meeting | 2002-07-09 |
      City Council / REGULAR MEETING AGENDA / Date: January 12, 2021 / Time: 5:00 p.m. / NOVEL CORONAVIRUS, COVID-19, EMERGENCY ADVISORY NOTICE | City Council | 2021-01-12 | 17:00
      Minute of Metheringham, Sots Hole & Tanvats Parish Council Meeting held on Wednesday / 10th August 2022 in the Parish Office | Metheringham, Sots Hole & Tanvats Parish Council | 2022-08-10 |
      MINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chambers on 4 May 2023 at 10.00 am | EDUCATION COMMITTEE | 2023-05-04 | 10:00
      EAST PALO ALTO / PLANNING COMMISSION / REGULAR MEETING MINUTES / January 27, 2020, 7:00 p.m. | PLANNING COMMISSION | 2020-01-27 | 19:00
      CITY COUNCIL AGENDA FOR OCTOBER 16, 2012 / LEGISLATIVE CHAMBERS - 2:00 P.M.            | CITY COUNCIL | 2012-10-16 | 14:00
      Groby Parish Council / Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 | Groby Parish Council | 2008-02-04 | 19:00
      MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2005, AT 2.00 p.m. | MAYO COUNTY COUNCIL | 2005-07-18 | 14:00
      EAST HARDWICK PARISH COUNCIL / DRAFT Minutes of the meeting: Wednesday 29th May 2024 / Present: Cllrs E. Spurdens | EAST HARDWICK PARISH COUNCIL | 2024-05-29 |
      You are hereby summoned to attend an extraordinary meeting of Mareham le Fen Parish / Council which will be held on WEDNESDAY 20TH NOVEMBER 2024 commencing at 7.30PM | Mareham le Fen Parish Council | 2024-11-20 | 19:30
      MINUTES OF THE ADJOURNED ORDINARY MEETING OF HELD IN JOHN MITCHELS / GAA CLUB, TRALEE, ON WEDNESDAY, 23 SEPTEMBER 2020 | ADJOURNED ORDINARY MEETING | 2020-09-23 |
      MUNICIPAL DISTRICT OF KILKENNY CITY / MINUTES OF PROCEEDINGS OF ANNUAL MEETING HELD ON MONDAY, 22nd JUNE, 2015, AT 7.30 PM | MUNICIPAL DISTRICT OF KILKENNY CITY | 2015-06-22 | 19:30
      Minutes for the Ordinary Council Meeting / Date: 22 November 2017 / Time: 6.00PM   | Ordinary Council Meeting | 2017-11-22 | 18:00
      Agenda for Monthly Council Meeting on Monday 5th September, 2016, 6.15 / pm / Agenda and minutes / Venue: Council Chamber, City Hall, Dame Street, Dublin 2.. | Monthly Council Meeting | 2016-09-05 | 18:15
      The Board of Trustees met on Thursday, March 12, 2009, at the Butler Township Government Center | Board of Trustees | 2009-03-12 |
      The January 3, 2017 Borough Council Meeting was held at 56 Main St. | Borough Council | 2017-01-03 |
      MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE CITY OF TULSA, OKLAHOMA, / scheduled for Wednesday, October 25, 2023, at 4:00 P.M. | CITY COUNCIL | 2023-10-25 | 16:00
      Minutes of the Extraordinary Parish Council Meeting / Allington Village Hall Meeting Room 16 September 2023 at 17:00hrs | Extraordinary Parish Council Meeting | 2023-09-16 | 17:00
      Minutes of Parish Council Annual Meeting, 14 May 2014 / In attendance: Mrs Pat Clare (Chair, presiding) | Parish Council Annual Meeting | 2014-05-14 |
      MINUTES / Ordinary Council Meeting held in the Council Chambers, Bellingen on Wednesday 22 November / 2017 commencing at 6.00pm. | Ordinary Council Meeting | 2017-11-22 | 18:00
      Minutes of the previous meeting / Groby Parish Council / Monday 4 February 2008 at 7.00pm | Groby Parish Council | 2008-02-04 | 19:00
      MINUTES OF THE REGULAR SESSION / OF THE CITY COUNCIL OF THE CITY OF BAYTOWN / August 12, 2004 / 6:30 p.m. | CITY COUNCIL | 2004-08-12 | 18:30
      City of Muskegon / City Commission Meeting / Minutes / September 26, 2023, 5:30 pm / Muskegon City Hall / Present: Mayor Ken Johnson | City Commission Meeting | 2023-09-26 | 17:30
      Cofnodion 5 Chwefror 2019 Cwrdd y Cyngor / Minutes 5th February 2019 / Meeting of Council / Present / Bresennol Chair Cllr J Pritchard | Meeting of Council | 2019-02-05 |
      COUNTY OF NEWELL / MINUTES OF REGULAR COUNCIL / September 11, 2014 / The regular Council Meeting of the County of Newell was held in the County Office on Thursday, September 11, / 2014 commencing at 10:53 a.m. | REGULAR COUNCIL | 2014-09-11 | 10:53
      The Council Meeting of the County of Newell was held on Thursday, September 11, 2014 | County of Newell | 2014-09-11 |
      Agenda, decisions and minutes / Council / Wednesday, 27th September, 2017 4.00 pm / With effect from 1 April 2016 Agenda and Minutes will be available in both Welsh and English. / Reports are working documents and produced in English only in accordance with Welsh / Language Standard 41 of this Council’s Final Compliance Notice from the Welsh Language | Council | 2017-09-27 | 16:00
      MINUTES / VILLAGE OF TEQUESTA / REGULAR VILLAGE COUNCIL MEETING / TEQUESTA VILLAGE HALL / THURSDAY, JULY 12, 2007 | REGULAR VILLAGE COUNCIL MEETING | 2007-07-12 |
      Miontuairiscí / Minutes / Ordinary Meeting / Monday 10th June, 2013 | Ordinary Meeting | 2013-06-10 |
      MINUTES OF THE PUBLIC ART COMMISSION / REGULAR MEETING OF WEDNESDAY, MARCH 12, 2008 | PUBLIC ART COMMISSION | 2008-03-12 |
      MINUTES OF REGULAR MEETING OF COUNCIL SEPTEMBER 24TH, 2013 PAGE 3 / Meeting was called to order at 6:30 p.m. | COUNCIL | 2013-09-24 | 18:30
      Issue date: Wednesday 18th August 2021 / You are hereby summoned to attend the meeting of Chawleigh Parish Council on / Wednesday 25th August 2021 at 7.30pm, to be held at: | Chawleigh Parish Council | 2021-08-25 | 19:30
      MINUTES OF BUSINESS MEETING / DESCHUTES COUNTY BOARD OF COMMISSIONERS / WEDNESDAY, FEBRUARY 7, 2007 | DESCHUTES COUNTY BOARD OF COMMISSIONERS | 2007-02-07 |
      August 2023 Extraordinary Meeting / Wainfleet All Saints Town Council Meeting / Minutes from the Extraordinary Meeting of the Town Council held on Tuesday 1st August at 17:45 at the council | Town Council | 2023-08-01 | 17:45
      Minutes of the April 2024 Meeting of Ennis Municipal District / Location: Held in the Council Chamber, New Road, Ennis / On: Tuesday 2 April 2024 / Time: 10:30am | Ennis Municipal District | 2024-04-02 | 10:30
      Committee of the Whole Meeting / Open Session / April 9, 2018 / Minutes of the Committee of the Whole Meeting Open to the Public / Monday, April 9, 2018 at 4:30 p.m. | Committee of the Whole Meeting | 2018-04-09 | 16:30
      Regular Meeting of the Board of Trustees / Cuyahoga Community College District / Thursday, September 26, 2019 / 1:30 p.m. | Regular Meeting of the Board of Trustees | 2019-09-26 | 13:30
      Thursday, December 3, 2020 / The Illinois Finance Authority (the “Authority”) will hold a special meeting of the Conduit / Financing Committee Members of the Authority in the Authority’s Chicago Office, 160 North / LaSalle Street, Suite S-1000, Chicago, Illinois 60601 on Tuesday, December 8, 2020 at 9:00 / a.m. | special meeting of the Conduit Financing Committee Members of the Authority | 2020-12-08 | 09:00
      WELSH ST DONATS COMMUNITY COUNCIL / CYNGOR CYMUNED LLANDDWUDD / MINUTES OF COMMUNITY COUNCIL REMOTE MEETING ON 23rd June 2020 | WELSH ST DONATS COMMUNITY COUNCIL | 2020-06-23 |
      Housing & Redevelopment Authority / Chair Chris Tolbert / Commissioner Amy Brendmoen / Commissioner Mitra Jalali / Commissioner Jane L. Prince / Wednesday, January 12, 2022 2:00 PM | Housing & Redevelopment Authority | 2022-01-12 | 14:00
      Agenda and minutes / Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm / Venue: Committee Room 3 - Council House. | Cabinet | 2018-10-02 | 14:00
      APPROVED MINUTES / REGULAR MEETING OF THE / CITY OF ALAMEDA HISTORICAL ADVISORY BOARD / THURSDAY, JULY 6, 2023 | REGULAR MEETING OF THE CITY OF ALAMEDA HISTORICAL ADVISORY BOARD | 2023-07-06 |
      REGIONAL DISTRICT OF BULKLEY-NECHAKO / MEETING NO. 10 / Thursday, July 20, 2017 / PRESENT: Chair Bill Miller | REGIONAL DISTRICT OF BULKLEY-NECHAKO | 2017-07-20 |
      MINUTES FOR OCTOBER 5, 2018 / BOARD OF CHEROKEE COUNTY COMMISSIONERS / CHEROKEE COUNTY, KANSAS / CONVENE | BOARD OF CHEROKEE COUNTY COMMISSIONERS | 2018-10-05 |
      Minutes of the Town Council Meeting 27th April 2021 / Present The Mayor, Cllr. D. Hobson (DH) (in the chair). | Town Council Meeting | 2021-04-27 |
      The Ordinary Meeting of Llanfrynach Community Council took place on Thursday 5th / September 2024 at 7.30pm at Llanfrynach and Cantref Community Hall. | Llanfrynach Community Council | 2024-09-05 | 19:30
      September 25, 2023 Council Meeting Minutes / BOROUGH OF HATBORO                       | Council | 2023-09-25 |
      June 20, 2016            Twenty-fifth Day / The Worth County Board of Supervisors met pursuant to adjournment with Ken Abrams, Dave | Worth County Board of Supervisors | 2016-06-20 |
      NEWRY AND MOURNE DISTRICT COUNCIL / COMHAIRLE AN IÚIR AGUS MHÚRN / Report of Finance Committee Meeting held on Thursday 22 April 2010 at 3.30 pm | Finance Committee | 2010-04-22 | 15:30
      Annwyl Gynghorydd / Fe’ch gwahoddir i fynychu cyfarfod Cyngor Sir y Fflint a fydd yn cael ei gynnal am 2.00 pm / Dydd Iau, 27ain Chwefror, 2020 yn Siambr y Cyngor | Cyngor Sir y Fflint | 2020-02-27 |
      CYNGOR CYMUNED LLANFAIR DYFFRYN CLWYD COMMUNITY / COUNCIL / Cofnodion Cyfarfod Cyffredin y Cyngor a gynhaliwyd yng Nghanolfan Genus, Llanrhydd, nos Lun, / 4 Medi 2017 am 7.00 pm. | Cyfarfod Cyffredin y Cyngor | 2017-09-04 | 19:00
      2014.07.02 CITY COUNCIL MINUTES / 1 / July 02, 2014 / Mayor Richard Woodland             | CITY COUNCIL | 2014-07-02 |
      Full Council May 2018 / May 1, 2018 @ 19:00 / Present:                                   | Full Council | 2018-05-01 | 19:00
      KESHEQUA CENTRAL SCHOOL DISTRICT / BOARD OF EDUCATION MEETING / FEBRUARY 3, 2005 / 6:00 P.M. / EXECUTIVE SESSION / IMMEDIATELY FOLLOWING: / BUSINESS MEETING / BOARDROOM, MS/HS, NUNDA / APPROVED MINUTES | BOARD OF EDUCATION MEETING | 2005-02-03 | 18:00
      Seal Beach, California / April 23, 2001 / The City Council of the City of Seal Beach met in regular / session at 7:05 p.m. with Mayor Campbell | City Council | 2001-04-23 | 19:05
      NOTICE OF REGULAR MEETING / BOARD OF COUNTY COMMISSIONER’S FOR ROGERS COUNTY, / OKLAHOMA / PLACE: Rogers County Courthouse, Room 1-109, / Claremore, Oklahoma / DATE & TIME: Monday, December 20, 2010, at 9:00 A.M. / MINUTES | BOARD OF COUNTY COMMISSIONER’S FOR ROGERS COUNTY | 2010-12-20 | 09:00
      JOURNAL OF THE PROCEEDINGS OF THE REGULAR MEETING OF THE CITY / COUNCIL OF THE CITY OF PARK RIDGE, ILLINOIS / PARK RIDGE CITY HALL COUNCIL CHAMBERS / SEPTEMBER 21, 2009 / CALLED TO ORDER BY Mayor David F. Schmidt at 7:30 p.m. | CITY COUNCIL | 2009-09-21 | 19:30
      Palmerston North City Council / Minutes of the Extraordinary Council Meeting Part I Public, held in the Council Chamber, First / Floor, Civic Administration Building, 32 The Square, Palmerston North on 07 August 2017, / commencing at 9.03am | Extraordinary Council Meeting of Palmerston North City Council | 2017-08-07 | 09:03
      Regular Meeting / June 10, 2013 / (Minutes of Council) / Slocan, British Columbia / June 10, 2013 / The Regular Meeting #2013-16 of the Municipal Council of The Corporation of the Village of Slocan, / elected for the years 2011-2014, was held in Council Chambers 503 Slocan Street, Slocan, B.C., on / Monday, June 10, 2013. | Municipal Council of The Corporation of the Village of Slocan | 2013-06-10 |
      """)
  void reads_the_meeting_from_any_councils_opening_lines(String text, String committee, LocalDate date, LocalTime time) {
    MeetingHeader h = read(text);
    assertThat(h.committee()).isEqualTo(committee.strip());
    assertThat(h.date()).isEqualTo(date);
    assertThat(h.time()).isEqualTo(time);
  }

  @Test
  void a_titles_short_date_after_its_dash_comes_before_a_date_further_down() {
    List<Line> lines = List.of(new Line(1, "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23"), new Line(1, "YMDDIHEURIADAU"),
        new Line(1, "COFNODION"), new Line(1, "Minutes of the meeting held on February 22nd, 2023 were received as accurate."));
    MeetingHeader h = MeetingHeader.read(lines, 0, lines.size(), false);
    assertThat(h.date()).isEqualTo(LocalDate.of(2023, 4, 12));
    assertThat(h.committee()).isEqualTo("gyfarfod Cyngor Cymuned Llanfair");
  }

  @Test
  void a_committee_loses_a_word_broken_at_the_line_end_and_the_state_after_its_place() {
    assertThat(MeetingHeader.tidy("Frederick County Board of Super- visors")).isEqualTo("Frederick County Board of Supervisors");
    assertThat(MeetingHeader.tidy("Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson, NY"))
        .isEqualTo("Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson");
  }

  @Test
  void addressees_a_tables_label_and_a_town_with_its_state_name_no_meeting() {
    assertThat(MeetingHeader.tidy("To/the Mayor and each Member of the Council")).isNull();
    assertThat(MeetingHeader.tidy("Date and Time")).isNull();
    assertThat(MeetingHeader.tidy("SCHUYLERVILLE, NY")).isNull();
    assertThat(MeetingHeader.tidy("Town Council")).isEqualTo("Town Council");
  }

  @Test
  void a_title_of_date_then_body_names_the_body_and_one_that_names_none_gives_nothing() {
    assertThat(CommitteeName.dateThenName("2014.07.02 CITY COUNCIL MINUTES")).isEqualTo("CITY COUNCIL");
    assertThat(CommitteeName.dateThenName("Full Council May 2018")).isEqualTo("Full Council");
    assertThat(CommitteeName.dateThenName("Minutes Full Parish Council Monday 13 January 2020")).isEqualTo("Full Parish Council");
    assertThat(CommitteeName.dateThenName("2019.01.14 Meeting Minutes")).isNull();
    assertThat(CommitteeName.dateThenName("Village Hall May 2018")).isNull();
    // a note on the page's top is no committee
    assertThat(read("**Please note please use BACK entrance off Knowsley Road / Proceedings at a meeting held on 18 April 2018.").committee())
        .isNull();
  }
}
