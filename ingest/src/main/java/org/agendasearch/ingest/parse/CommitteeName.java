package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committee a document's opening lines name, for {@link MeetingHeader}: in its opening sentences ({@code Minutes of
 * the meeting of Cabinet held at ...}), on a line of its own ({@code Meeting: North York Moors National Park
 * Authority}), before a dash and the date ({@code Cabinet - Thursday 26 March 2009 7.30 pm}), on the line above the date
 * ({@code Council} / {@code Wednesday, 27th September, 2017 4.00 pm}), above a list of its members, or in English above
 * its Welsh name; the first rule that gives a name wins.
 */
final class CommitteeName {

  private CommitteeName() {}

  /**
   * Where a committee's name ends in a sentence: before "held", a comma, the line's end or a date on the next line;
   * before "APPROVED AS WRITTEN ON" / "JULY 11, 2023", the minutes' approval under their title; before a date on its line.
   */
  private static final String ENDS = "(?=\\s+(?:held|to\\s+be\\s+held|will\\s+be\\s+held|which|on|at|in|commencing|scheduled|approved)\\b|\\s*[,:]|\\s*$"
      + "|[ \\t]*\\n(?=\\s*(?:" + MeetingHeader.WEEKDAY + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d))"
      // a date on the same line, a running head's: "MINUTES OF REGULAR MEETING OF COUNCIL   SEPTEMBER 24TH, 2013   PAGE 3"
      + "|\\s+(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d)"
      // a label on the next line: "... Meeting of Ennis Municipal District" / "Location: Held in the Council Chamber"
      + "|[ \\t]*\\n(?=[ \\t]*\\p{Lu}[\\p{L}/ ]{1,25}:))";
  /** The words of a kind of meeting: {@code Regular}, {@code Extraordinary}, {@code General}. */
  private static final String KIND_WORDS = "(?:regular|special|ordinary|annual|extraordinary|monthly|adjourned|general|statutory)";
  /** The committee in the opening sentences, which may wrap over lines, most specific first. */
  private static final List<Pattern> IN_TEXT = List.of(
      // in Welsh: "Cofnodion Cyfarfod Cyffredin y Cyngor a gynhaliwyd yng Nghanolfan Genus" (the minutes of the Ordinary
      // Meeting of the Council held at ...): the meeting as named, before "a gynhaliwyd" (held)
      Pattern.compile("(?im)^cofnodion\\s+((?:y\\s+)?(?:cyfarfod|gyfarfod)\\b.{3,80}?)\\s+a\\s+(?:gynhaliwyd|gynhelir)\\b"),
      // "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23" (minutes of a meeting of ...): the meeting as named, before
      // the dash and its date
      Pattern.compile("(?im)^cofnodion\\s+o\\s+((?:c|g)yfarfod\\s+.{3,80}?)\\s+[-–]\\s*\\d"),
      // "Fe’ch gwahoddir i fynychu cyfarfod Cyngor Sir y Fflint a fydd yn cael ei gynnal am 2.00 pm" (you are invited to a
      // meeting of ... which will be held): the body
      Pattern.compile("(?is)\\b(?:i\\s+fynychu\\s+)?(?:c|g)yfarfod\\s+(?:o\\s+)?(.{3,80}?)\\s+a\\s+(?:fydd\\s+yn\\s+cael\\s+ei\\s+gynnal|gynhelir)\\b"),
      // "JOURNAL OF THE PROCEEDINGS OF THE REGULAR MEETING OF THE CITY / COUNCIL OF THE CITY OF PARK RIDGE, ILLINOIS"; not
      // "MINUTES OF THE ADJOURNED ORDINARY MEETING OF HELD IN ..." (the body's name taken out as published: the kind alone)
      Pattern.compile("(?is)(?:\\bminutes|\\bjournal|(?:^|(?<=\\n))minute)\\s+(?:of|from)\\s+(?:the\\s+)?(?:proceedings\\s+of\\s+)?(?:(?:a|an|the)\\s+)?(?:[\\w&-]+,?\\s+){0,5}?(?:meeting|session)\\s+of\\s+(?:the\\s+)?(?!held\\b)(.{3,120}?)" + ENDS),
      Pattern.compile("(?im)^(?:draft\\s+|unconfirmed\\s+|approved\\s+|confirmed\\s+)?minutes?\\s+of\\s+(?:the|a|an)\\s+(.+?\\s+meeting)\\s+(?:held|of)\\b"),
      // "MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2005": the body, no article; "Minutes of Clones Town
      // Council monthly meeting which was held on Monday"
      Pattern.compile("(?im)^(?:draft\\s+|unconfirmed\\s+|approved\\s+|confirmed\\s+)?minutes?\\s+of\\s+(?!the\\b|a\\b|an\\b|proceedings\\b)"
          + "(?!(?:(?:annual|ordinary|special|extraordinary|monthly|regular|general|statutory|adjourned)\\s+)+meeting)(.{3,80}?)\\s+meeting\\s+(?:which\\s+was\\s+)?held\\b"),
      // "MINUTES OF BUSINESS MEETING" / "DESCHUTES COUNTY BOARD OF COMMISSIONERS", "NOTICE OF REGULAR MEETING" / "BOARD OF
      // COUNTY COMMISSIONER’S FOR ROGERS COUNTY,": the kind of meeting, the body on the next line
      Pattern.compile("(?im)^(?:draft\\s+|unconfirmed\\s+|approved\\s+)?(?:minutes?|notice)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+[ \\t]+){0,2}meeting[ \\t]*\\n"
          + "[ \\t]*(?:of[ \\t]+)?(?:the[ \\t]+)?((?:\\p{Lu}[\\p{L}'’&-]*[ \\t]+){0,5}(?i:council|board|committee|commission|authority|cabinet)"
          + "(?:[ \\t]+(?i:of)[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]*){1,6}?)?)[ \\t]*,?[ \\t]*$"),
      // "Minutes of the Extraordinary Parish Council Meeting", "Minutes of Parish Council Annual Meeting, 14 May 2014",
      // "Minutes of the Committee of the Whole Meeting Open to the Public", "Minutes of the Extraordinary Council Meeting Part I
      // Public, held in ...", a New Zealand council's part open to the public; "Minutes of the Town Council Meeting 27th April 2021"
      Pattern.compile("(?im)^(?:draft\\s+|unconfirmed\\s+|approved\\s+|confirmed\\s+)?minutes?\\s+of\\s+(?!(?:the\\s+)?(?:previous|last|prior)\\b)"
          + "(?:(?:the|a|an)\\s+)?(.{3,80}?\\s+meeting)(?=\\s*,|\\s*$|\\s+(?:open|closed)\\s+to\\s+the\\s+public\\b"
          + "|\\s+part\\s+(?:i|ii|1|2|one|two|a|b)\\b|\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9},?\\s+\\d{4}\\s*$))"),
      // "APPROVED minutes Cambusbarron Community Council Ordinary meeting 153" / "held on 21 March 2023 at the Community Centre":
      // the body and its meeting after the word, "held" opening the next line
      Pattern.compile("(?im)^(?:draft\\s+|approved\\s+|unconfirmed\\s+)?minutes\\s+(?!of\\b|for\\b|from\\b|and\\b)(\\p{Lu}[^\\n]{3,80}?)[ \\t]*\\n[ \\t]*held\\b"),
      // "Report of Finance Committee Meeting held on Thursday 22 April 2010 at 3.30 pm" (a Northern Irish council's minutes)
      Pattern.compile("(?im)^(?:report|record)\\s+of\\s+(?:the\\s+)?(?!(?:the\\s+)?(?:previous|last)\\b)(.{3,80}?)\\s+meeting\\s+held\\b"),
      // "Ordinary Council Meeting held in the Council Chambers, Bellingen on Wednesday 22 November"
      Pattern.compile("(?m)^((?!The\\b|A\\b|An\\b)(?:\\p{Lu}[\\p{L}&'’-]*[ \\t]+){2,6}(?i:meeting))[ \\t]+held\\b"),
      // "MINUTES OF REGULAR COUNCIL" alone on its line: the body, before a sentence's "Meeting of the County of Newell was held"
      Pattern.compile("(?im)^(?:draft\\s+|unconfirmed\\s+|approved\\s+|confirmed\\s+)?minutes?\\s+of\\s+(?:the\\s+)?"
          + "(?!(?:previous|last|prior|proceedings|meeting)\\b)((?:(?!meeting\\b)\\p{L}[\\p{L}'’-]*[ \\t]*){1,6})$"),
      // "the meeting of Chawleigh Parish Council on / Wednesday 25th August 2021 at 7.30pm, to be held ...": not its day
      // "The Regular Meeting #2013/16 of the Municipal Council of ... Slocan, / elected for the years 2011-2014, was held": its
      // number and an aside between commas passed over; "The Ordinary Meeting of Llanfrynach Community Council took place on"
      Pattern.compile("(?is)\\b(?:a\\s+|the\\s+)?meeting(?:\\s+(?:#|no\\.?)\\s*[\\d/-]+)?\\s+of\\s+(?:the\\s+)?(.{3,120}?)(?:\\s+on\\s+(?:"
          + MeetingHeader.WEEKDAY + "|\\d)[^;]{0,60}?)?(?:,[^,.;]{3,60},)?(?:\\s+(?:was|were))?,?(?=\\s+(?:to\\s+be\\s+held|will\\s+be\\s+held|held|took\\s+place)\\b)"),
      Pattern.compile("(?is)\\bat\\s+a\\s+meeting\\s+of\\s+(?:the\\s+)?(.{3,120}?)\\s+held\\b"),
      // "Regular meeting of the City Council was called to order by Mayor": the meeting as named
      Pattern.compile("(?im)^((?:regular|special|adjourned|ordinary|extraordinary)\\s+meeting\\s+of\\s+(?:the\\s+)?.{3,80}?)\\s+was\\s+called\\s+to\\s+order\\b"),
      // "The Cedar County Board of Supervisors met in regular session at 8:30 a.m., January 3,", "The City Council of the City
      // of Seal Beach met in regular session": the body that met
      Pattern.compile("(?m)^(?:The\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,6}(?i:council|board|committee|commission|authority|cabinet)"
          + "(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}?)?"
          // "The Board of Commissioners of Franklin County, North Carolina, met for its Regular Meeting": the state after a comma
          + "(?:,\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?(?=,))?),?\\s+(?:met|convened)\\s+(?:(?:in\\s+|for\\s+(?:its|a|an|the)\\s+)?(?:an?\\s+)?"
          + "(?i:regular|special|adjourned|recessed|continued|emergency|joint|ordinary)\\s+(?:session|meeting)\\b"
          // "The Board of Trustees met on Thursday, March 12, 2009, at the Butler Township Government Center"
          + "|on\\s+(?i:" + MeetingHeader.WEEKDAY + ")\\b"
          // "The Worth County Board of Supervisors met pursuant to adjournment with Ken Abrams, ..." (an Iowa county's)
          + "|pursuant\\s+to\\s+adjournment\\b)"),
      // "The January 3, 2017 Borough Council Meeting was held at 56 Main St.": the body, its meeting's date before it
      Pattern.compile("(?m)^The\\s+(?:\\p{Lu}\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,5}"
          + "(?i:council|board|committee|commission|authority))\\s+(?i:meeting)\\s+was\\s+held\\b"),
      // "Meeting of the Lincoln County Board of Commissioners. Present were Commissioners": the body, its sentence's end
      Pattern.compile("(?m)^(?:(?:Regular|Special|Adjourned)\\s+)?Meeting\\s+of\\s+the\\s+((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,6}"
          + "(?i:council|board|committee|commission|authority)(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,3}?)?)\\.(?=\\s|$)"),
      // "The Illinois Finance Authority (the “Authority”) will hold a special meeting of the Conduit / Financing Committee
      // Members of the Authority in the Authority’s Chicago Office": the meeting as named ("special meeting of the Conduit
      // Financing Committee Members of the Authority"), not the body that holds it
      Pattern.compile("(?is)\\bwill\\s+hold\\s+(?:an?\\s+)?((?:\\w+\\s+){0,2}meeting\\s+of\\s+(?:the\\s+)?.{3,120}?)(?=\\s+(?:in|at|on)\\s)"));
  /**
   * A meeting named by its kind alone ({@code Minutes of the Regular Meeting} / {@code Held Tuesday, November 18, 2003}),
   * given only when no sentence under it names the body ({@code the regular meeting of the City Council, City of Mendota
   * Heights, Minnesota was held at ...}).
   */
  private static final Pattern KIND_ONLY = Pattern.compile("(?i)^(?:" + KIND_WORDS + "\\s+)+meeting$");
  /** The committee on one line of its own, most specific first. */
  private static final List<Pattern> ON_A_LINE = List.of(
      // "Regular Meeting of the Board of Trustees" over "Cuyahoga Community College District": the meeting as named
      Pattern.compile("(?i)^((?:(?:regular|special|ordinary|annual|extraordinary|monthly|adjourned|general|statutory)\\s+)+"
          + "meeting\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L} &'’-]{2,80})$"),
      // "JUNE 28, 2010 – MEETING OF THE HARTSVILLE/TROUSDALE COUNTY": the date, a dash, the meeting of the body
      Pattern.compile("(?i)^(?:\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4})\\s+[-–—]\\s+"
          + "(?:(?:regular|special|ordinary|annual|adjourned|called)\\s+)*meeting\\s+of\\s+(?:the\\s+)?(\\p{L}[\\p{L} &/'’-]{2,80})$"),
      Pattern.compile("(?i)^(?:notice\\s+is\\s+(?:hereby\\s+)?given\\s+that\\s+)?(?:the\\s+)?(.+?)\\s+will\\s+hold\\s+(?:its|their|a)\\b"),
      Pattern.compile("(?i)^(?:meeting|committee|decision\\s+maker|meeting\\s+of)\\s*:\\s*(.+)$"),
      Pattern.compile("(?i)^(?:made|decided)\\s+at\\s+meeting\\s*:\\s*\\S+\\s*[-–]\\s*(.+)$"),
      Pattern.compile("(?i)^record\\s+of\\s+decisions?\\s+of\\s+(?:the\\s+)?(.+)$"),
      // "REFERENCE FROM SCRUTINY COMMITTEE (CORPORATE RESOURCES): 23RD JULY, 2014": a Welsh council's minute referred on
      Pattern.compile("(?i)^reference\\s+from\\s+(?:the\\s+)?(.+?)\\s*:.*$"),
      Pattern.compile("(?i)^report\\s+to\\s+(?:the\\s+)?(.+?)\\s+(?:of|on|meeting|dated?)\\b"),
      Pattern.compile("(?i)^notice\\s+and\\s+agenda\\s+of\\s+(?:the\\s+)?(.+?)(?:\\s+meeting)?$"),
      Pattern.compile("(?i)^(?:agenda|minutes)\\s+(?:for|of)\\s+(?:the\\s+)?meeting\\s+of\\s+(?:the\\s+)?(.+)$"),
      // "Minutes for the Ordinary Council Meeting", "Agenda for Monthly Council Meeting on Monday 5th September, 2016, 6.15",
      // "Agenda for Overview and Scrutiny Committee on Wednesday, 5th April, 2017, 2.00 pm" (a ModernGov page's title, its
      // date after "on")
      Pattern.compile("(?i)^(?:agenda|minutes)\\s+for\\s+(?:the\\s+|an?\\s+)?(.{3,80}?\\s+(?:meeting|committee|sub-committee|cabinet|board|panel"
          + "|commission|council|forum))(?:\\s+on\\s+(?:" + MeetingHeader.WEEKDAY
          + "|\\d).*)?$"));
  /** {@code Cabinet - Thursday 26 March 2009 7.30 pm}: a name, a dash, then the date. */
  private static final Pattern NAME_DASH_DATE = Pattern.compile("^(.{3,80}?)\\s+[-–—|]\\s+(?:" + MeetingHeader.WEEKDAY + "\\b|\\d).*$", Pattern.CASE_INSENSITIVE);
  /** A member of the body listed under its name: {@code Chair Chris Tolbert}, {@code Commissioner Jane L. Prince}. */
  private static final Pattern MEMBER_LINE = Pattern.compile(
      "^(?:(?:Vice[- ])?Chair(?:man|woman|person)?|Commissioner|Council\\s?[Mm]ember|Councillor|Councilor|Alder(?:man|person)"
      + "|(?:Deputy\\s+)?Mayor|Trustee|Supervisor|Director)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
  /** A word that names a body. */
  private static final Pattern BODY_WORD = Pattern.compile("(?i)\\b(?:council|committee|cabinet|board|panel|commission|authority|forum)\\b");
  /** A place, not a body: {@code TEQUESTA VILLAGE HALL}, {@code Council Chambers}, {@code Civic Centre}. */
  private static final Pattern PLACE_LINE = Pattern.compile(
      "(?i)\\b(?:hall|chambers?|cent(?:re|er)|room|building|library|school|church|offices|house|pavilion)$");
  /** A title that is the word and the date alone: {@code MINUTES FOR OCTOBER 5, 2018}, {@code Agenda – 3 March 2021}. */
  private static final Pattern DATE_TITLE = Pattern.compile(
      "(?i)^(?:minutes|agenda)(?:\\s+(?:for|of))?\\s*[-–—:]?\\s*(?:" + MeetingHeader.WEEKDAY + ",?\\s+)?[\\p{L}\\d ,.]{6,30}\\d{4}$");
  /** {@code Ordinary Meeting Minutes}: the kind of meeting alone, the word after it, when nothing names the body. */
  private static final Pattern KIND_THEN_MINUTES = Pattern.compile("(?i)^((?:" + KIND_WORDS + "\\s+)+(?:council\\s+)?meeting)\\s+minutes$");
  /** A meeting named on the line under its date: {@code Meeting of Council}, {@code Special Meeting of the Board}. */
  private static final Pattern MEETING_OF_LINE = Pattern.compile("(?i)^(?:\\w+\\s+)?meeting\\s+of\\s+(?:the\\s+)?\\p{L}[\\p{L} &'’-]{2,60}$");

  /**
   * The committee named in {@code head}, whose date is on line {@code dateLine} (-1 when none); null when none is. A
   * meeting named by its kind alone takes the body printed above or below it: {@code MINUTES OF NORTH BURNETT REGIONAL
   * COUNCIL} / {@code GENERAL MEETING} is {@code General Meeting of North Burnett Regional Council}.
   */
  static String of(List<Line> head, int dateLine) {
    String name = wrapped(head, named(head, dateLine));
    if (name == null || !A_KIND.matcher(name).matches()) {
      return name;
    }
    for (int i = 0; i < head.size() && i < 12 && (dateLine < 0 || i <= dateLine + 1); i++) {
      String body = BODY_TITLE.matcher(head.get(i).text().strip()).replaceAll("").strip();
      if (MeetingHeader.bodyAbove(body) && A_BODY.matcher(body).find() && !A_KIND.matcher(body).matches()
          && !PLACE_LINE.matcher(body).find()) {
        return name + " of " + MeetingHeader.tidy(body);
      }
    }
    return name;
  }

  /** A name cut after a joining word, its line's end: {@code REGULAR MEETING OF THE}. */
  private static final Pattern JOINING_END = Pattern.compile("(?i).*\\b(?:of|the|and|for|&)$");

  /**
   * A name whose line ends in a joining word goes on over the next line: {@code REGULAR MEETING OF THE} / {@code CITY OF
   * ALAMEDA HISTORICAL ADVISORY BOARD}.
   */
  private static String wrapped(List<Line> head, String name) {
    if (name == null || !JOINING_END.matcher(name).matches()) {
      return name;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i + 1 < head.size() && i < 12; i++) {
      String t = head.get(i).text().strip();
      String next = head.get(i + 1).text().strip();
      if (t.toLowerCase(java.util.Locale.ROOT).endsWith(lower) && Dates.find(next).isEmpty() && !next.contains(":")
          && Lines.upperShare(next) >= Math.min(0.9, Lines.upperShare(t))) {
        String joined = MeetingHeader.tidy(name + " " + next);
        return joined == null ? name : joined;
      }
    }
    return name;
  }

  /** A kind of meeting, no body named: {@code General Meeting}, {@code Extraordinary Council Meeting}, {@code AGM}. */
  private static final Pattern A_KIND = Pattern.compile("(?i)^(?:(?:" + KIND_WORDS + "|full|council)\\s+)*meeting|agm|egm$");
  /** A title that names no body: {@code REGULAR MEETING AGENDA}, {@code Minutes}; the body is on the line above. */
  private static final Pattern BARE_TITLE = Pattern.compile("(?i)^(?:(?:" + KIND_WORDS
      // "Regional Council" / "Open Minutes": the part of the minutes open to the public, no name
      + "|council|board|open|public|public\\s+excluded|confidential|draft|unconfirmed|confirmed)\\s+)*(?:meeting\\s+)?(?:agenda|minutes)"
      // "DRAFT Minutes of the meeting: Wednesday 29th May 2024", its date after it
      + "(?:\\s+of\\s+(?:the|a)\\s+meeting(?:\\s*:.*)?)?$");
  /** A body that holds meetings of a kind: a council, a board, an authority. */
  private static final Pattern A_BODY = Pattern.compile("(?i)\\b(?:council|board|authority|commission)$");
  /** The words around a body's name on its title line: {@code MINUTES OF}, {@code Minutes}. */
  private static final Pattern BODY_TITLE = Pattern.compile("(?i)^(?:(?:unconfirmed\\s+|confirmed\\s+)?minutes\\s+of\\s+(?:the\\s+)?)|\\s+minutes$");

  /** A name that is the meeting's day: {@code Wednesday}, {@code October 7} ("Minutes of the meeting of October 7, 2019 were ..."). */
  private static final Pattern WEEKDAY_FIRST = Pattern.compile("(?i)^(?:" + MeetingHeader.WEEKDAY
      + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)\\b");

  /** The lines at a document's top where its title is. */
  private static final int TITLE_LINES = 3;
  /** A date that opens a title: {@code September 25, 2023}, {@code 2014.07.02}, {@code 25th September 2023}. */
  private static final Pattern DATE_FIRST = Pattern.compile("(?i)^(?:" + MeetingHeader.WEEKDAY + ",?\\s+)?(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9},?\\s+\\d{4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})\\s+(?:[-–—|:]\\s+)?(\\S.*)$");
  /** The word, the body's name, then the meeting's day: {@code Minutes Full Parish Council Monday 13 January 2020}. */
  private static final Pattern MINUTES_NAME_DATE = Pattern.compile("(?i)^(?:draft\\s+|approved\\s+)?(?:minutes|agenda)\\s+(?!of\\b|for\\b|from\\b|and\\b)"
      + "(.{3,60}?)\\s*[-–,]?\\s+(?:" + MeetingHeader.WEEKDAY + ")\\b.*\\d{4}\\s*$");
  /** A body's name, then the month and year of its meeting: {@code Full Council May 2018}. */
  private static final Pattern NAME_THEN_MONTH = Pattern.compile(
      "(?i)^(.{3,60}?)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}$");

  /**
   * A title that gives the date, then the body and the document's kind: {@code September 25, 2023 Council Meeting Minutes},
   * {@code 2014.07.02 CITY COUNCIL MINUTES}; or the body, then the month: {@code Full Council May 2018}; or the word, the body
   * and the day: {@code Minutes Full Parish Council Monday 13 January 2020}. Null when the line
   * is none of these, or names no body ({@code 2019.01.14 Meeting Minutes}).
   */
  static String dateThenName(String text) {
    String line = text.strip();
    Matcher d = DATE_FIRST.matcher(line);
    if (d.matches() && MeetingHeader.TITLE_WORDS.matcher(d.group(1)).find() && Dates.find(d.group(1)).isEmpty()) {
      String name = MeetingHeader.tidy(MeetingHeader.TITLE_WORDS.matcher(d.group(1)).replaceFirst(""));
      return name != null && MeetingHeader.nameLike(name) && BODY_WORD.matcher(name).find() ? name : null;
    }
    Matcher titled = MINUTES_NAME_DATE.matcher(line);
    if (titled.matches() && BODY_WORD.matcher(titled.group(1)).find() && !PLACE_LINE.matcher(titled.group(1)).find()) {
      String name = MeetingHeader.tidy(titled.group(1));
      return name != null && MeetingHeader.nameLike(name) ? name : null;
    }
    Matcher m = NAME_THEN_MONTH.matcher(line);
    if (m.matches() && BODY_WORD.matcher(m.group(1)).find() && !PLACE_LINE.matcher(m.group(1)).find()) {
      String name = MeetingHeader.tidy(MeetingHeader.TITLE_WORDS.matcher(m.group(1)).replaceFirst(""));
      return name != null && MeetingHeader.nameLike(name) ? name : null;
    }
    return null;
  }

  private static String named(List<Line> head, int dateLine) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < head.size() && i < 12; i++) {
      // not a sentence about the last meeting's minutes: "Minutes of the meeting of October 7, 2019 were presented for review."
      joined.append(LineLabel.TOLD.matcher(head.get(i).text()).find() ? "" : head.get(i).text()).append('\n');
    }
    String text = joined.toString();
    String kindOnly = null;
    for (Pattern p : IN_TEXT) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        String name = MeetingHeader.tidy(m.group(1));
        if (name != null && WEEKDAY_FIRST.matcher(name).lookingAt()) {
          continue; // "MINUTES OF THE PUBLIC ART COMMISSION" / "REGULAR MEETING OF WEDNESDAY, MARCH 12, 2008": a day, no body
        }
        if (name != null && KIND_ONLY.matcher(name).matches()) {
          kindOnly = kindOnly == null ? name : kindOnly; // "Minutes of the Regular Meeting": the body may follow
        } else if (name != null) {
          return name;
        }
      }
    }
    if (kindOnly != null) {
      return kindOnly;
    }
    for (Pattern p : ON_A_LINE) {
      for (int i = 0; i < head.size() && i < 12; i++) {
        Matcher m = p.matcher(head.get(i).text());
        if (m.find() && !LineLabel.TOLD.matcher(head.get(i).text()).find()) {
          String found = m.group(1);
          String next = i + 1 < head.size() ? head.get(i + 1).text() : "";
          if (m.end(1) == head.get(i).text().length() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
              && next.split(" ").length <= 3) {
            found = found + " " + next; // "... scrutiny" / "committee"
          }
          String name = MeetingHeader.tidy(found);
          if (name != null) {
            return name;
          }
        }
      }
    }
    for (Line l : head.subList(0, Math.min(head.size(), 12))) {
      Matcher m = NAME_DASH_DATE.matcher(l.text());
      // "14 Nov 2018 - 14:00 to 15:00" is a date and a time, not a name and a date
      if (m.matches() && Dates.find(l.text()).isPresent() && Dates.find(m.group(1)).isEmpty()) {
        String name = MeetingHeader.tidy(MeetingHeader.TITLE_WORDS.matcher(m.group(1)).replaceFirst(""));
        if (name != null) {
          return name;
        }
      }
    }
    for (int i = 0; i < head.size() && i < TITLE_LINES; i++) {
      String name = dateThenName(head.get(i).text());
      if (name != null) {
        return name;
      }
    }
    for (int i = 1; i < head.size() && i < 12; i++) {
      if (BARE_TITLE.matcher(head.get(i).text().strip()).matches() && MeetingHeader.bodyAbove(head.get(i - 1).text())) {
        return MeetingHeader.tidy(head.get(i - 1).text()); // "City Council" / "REGULAR MEETING AGENDA"
      }
    }
    if (dateLine > 0 && MeetingHeader.firstDateIndex(head.get(dateLine).text()) == 0 && MeetingHeader.bodyAbove(head.get(dateLine - 1).text())) {
      return MeetingHeader.tidy(head.get(dateLine - 1).text()); // "Council" / "Wednesday, 27th September, 2017 4.00 pm"
    }
    for (int i = 0; i < head.size() && i < 12; i++) {
      String t = head.get(i).text();
      if (MeetingHeader.TITLE_WORDS.matcher(t).find() && HeadingText.of(t) == HeadingText.Strength.STRONG && !t.contains(":")) {
        String name = MeetingHeader.tidy(MeetingHeader.TITLE_WORDS.matcher(t).replaceFirst(""));
        if (name != null && MeetingHeader.nameLike(name) && !Character.isLowerCase(name.codePointAt(0))) {
          return name; // not "impairments (48-hour" from "impairments (48-hour notice is required)"
        }
      }
    }
    if (dateLine >= 0) {
      String t = head.get(dateLine).text();
      int cut = MeetingHeader.firstDateIndex(t);
      if (cut > 0) {
        String name = MeetingHeader.tidy(t.substring(0, cut).replaceFirst("(?i)\\b" + MeetingHeader.WEEKDAY + ",?\\s*$", ""));
        if (name != null && MeetingHeader.nameLike(name) && !MeetingHeader.LABELLED_DATE.matcher(t.substring(0, cut)).find()) {
          return name;
        }
      }
      int reach = 3;
      for (int i = dateLine - 1; i >= 0 && i >= dateLine - reach; i--) {
        if (MEMBER_LINE.matcher(head.get(i).text()).matches()) {
          reach++; // "Housing & Redevelopment Authority" / "Chair Chris Tolbert" / "Commissioner Amy Brendmoen" / ... / the date
          continue;
        }
        if (head.get(i).text().contains(":")
            || PLACE_LINE.matcher(head.get(i).text()).find() && !MEETING_OF_LINE.matcher(head.get(i).text().strip()).matches()) {
          continue; // "Title: Agenda", a label; "TEQUESTA VILLAGE HALL", the venue (not "Meeting of the ... Memorial Library")
        }
        String name = MeetingHeader.tidy(MeetingHeader.TITLE_WORDS.matcher(head.get(i).text()).replaceFirst(""));
        if (name != null && MeetingHeader.nameLike(name) && !Character.isLowerCase(name.codePointAt(0))) {
          String above = i > 0 ? head.get(i - 1).text() : "";
          // "WELSH ST DONATS COMMUNITY COUNCIL" / "CYNGOR CYMUNED LLANDDWUDD" / the date: the name in English
          // above its translation, which names no body in English words
          return !BODY_WORD.matcher(name).find() && MeetingHeader.bodyAbove(above) ? MeetingHeader.tidy(above) : name;
        }
      }
      boolean dateTitle = DATE_TITLE.matcher(t).matches();
      for (int i = dateLine + 1; i < head.size() && i <= dateLine + 2; i++) {
        String below = head.get(i).text().strip();
        if (MEETING_OF_LINE.matcher(below).matches()) {
          return MeetingHeader.tidy(below); // "Minutes 5th February 2019" / "Meeting of Council"
        }
        if ((dateTitle || dateLine <= 1 && Dates.find(below).isEmpty() && Lines.upperShare(below) >= 0.75)
            && BODY_WORD.matcher(below).find() && MeetingHeader.nameLike(below) && !PLACE_LINE.matcher(below).find()) {
          // "MINUTES FOR OCTOBER 5, 2018" / "BOARD OF CHEROKEE COUNTY COMMISSIONERS"; the date atop the page, the body in
          // capitals under it and its time: "APRIL 13, 1998" / "7:00 P.M." / "CITY OF CALHOUN, CITY COUNCIL"
          return MeetingHeader.tidy(below);
        }
      }
    }
    for (int i = 0; i < head.size() && i < TITLE_LINES; i++) {
      Matcher kind = KIND_THEN_MINUTES.matcher(head.get(i).text().strip());
      if (kind.matches()) {
        return MeetingHeader.tidy(kind.group(1)); // "Ordinary Meeting Minutes" / "Held on Wednesday 23 November 2016"
      }
    }
    return null;
  }
}
