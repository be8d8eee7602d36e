package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a document's opening lines name: its committee, date, time and place, read from
 * whichever of the forms councils use is there.
 *
 * <pre>
 * Minutes of the meeting of Cabinet held at The Hall on Thursday 22 January 2015 at 2.00 pm
 * MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL / HELD ON 9TH JANUARY 2019 AT 19.00
 * Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023, ... commencing at 6.30 pm
 * ... attend a Meeting of / Hertingfordbury Parish Council to be held at ... on Wednesday 9th ...
 * Meeting: North York Moors National Park Authority / Date: Monday 25 September 2023 at 9.30am
 * Decision Maker: Transport Committee            (decision notices)
 * Cabinet - Thursday 26 March 2009 7.30 pm       (a ModernGov meeting page)
 * GOVAN COMMUNITY COUNCIL / GENERAL MEETING MONDAY 8 JULY 2024
 * EAST PALO ALTO / PLANNING COMMISSION / REGULAR MEETING MINUTES / January 27, 2020, 7:00 p.m.
 * Minutes from the Extraordinary Meeting of the Town Council held on Tuesday 1st August at 17:45  (year: "August 2023" above)
 * MINUTES OF BUSINESS MEETING / DESCHUTES COUNTY BOARD OF COMMISSIONERS / WEDNESDAY, FEBRUARY 7, 2007
 * CITY COUNCIL AGENDA FOR OCTOBER 16, 2012
 * Report to Council of 16 August 2007
 * </pre>
 *
 * The date is the one the meeting is held on: a date with its weekday, or after "held on",
 * "Date:" or "on", wins over a letter's date or a publication date. The time is the first after
 * that date, or "called to order at 7:08 p.m.". The committee comes from the first rule that
 * names one; with none, from the name-like line just above the date or the document's title.
 */
record MeetingHeader(String committee, LocalDate date, LocalTime time, String venue) {

  static final MeetingHeader NONE = new MeetingHeader(null, null, null, null);

  private static final int MAX_LINES = 40;
  /** A weekday's name, as a pattern: {@code Thursday}, {@code Dydd Iau}. */
  static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
      // in Welsh, the day and its evening: "Dydd Iau, 27ain Chwefror, 2020", "nos Lun, 4 Medi 2017"
      + "|dydd\\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|nos\\s+(?:lun|fawrth|fercher|iau|wener|sadwrn|sul))";
  /** Words around a name in a title that are not the name: "Regular Meeting Minutes", "Agenda for". */
  static final Pattern TITLE_WORDS = Pattern.compile(
      "(?i)(?:\\b(?:draft|regular|special|ordinary|annual|extraordinary|public|legislative|monthly|quarterly|adjourned|organi[sz]ational|reconvened)\\s+)*(?:\\bmeeting\\s+)?\\b(?:minutes|agenda|notice)(?:\\s+(?:for|of))?\\b.*$");
  static final Pattern LABELLED_DATE = Pattern.compile(
      "(?i)(?:\\b" + WEEKDAY + "\\b|\\bheld\\b|\\bon\\s*$|\\bon\\s+the\\s*$|date\\s*(?:of\\s+meeting|(?:&|and|/)\\s*time)?\\s*:|decision\\s+made\\s*:|meeting\\s+date)");
  private static final Pattern NOT_THE_MEETING_DATE = Pattern.compile(
      "(?i)(publication|published|publish|dated|despatch|version|revised|modified|issued|issue\\s+date|date\\s+of\\s+issue|circulated|printed|effective|signed|deadline|next\\s+meeting|previous|last\\s+meeting|subject\\s+to\\s+(?:change|approval|amendment))");
  /**
   * An aside in brackets with no figure in it, which says nothing of the date beside it: {@code 31.01.2018 (Subject to
   * confirmation at the next meeting).} is the meeting's date, though its aside names the next meeting.
   */
  private static final Pattern ASIDE = Pattern.compile("\\([^()\\d]*\\)");
  private static final Pattern TIME_ALONE = Pattern.compile("(?i)^\\d{1,2}([.:]\\d{2})?\\s*[ap]\\.?\\s?m\\.?$");
  private static final Pattern BODY_OF_PLACE = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?:city|town|village|county|borough|township)\\s+)?(council|commission|board(?:\\s+of\\s+\\w+)?)\\s+of\\s+the\\s+(city|town|village|county|borough|township)\\s+of\\s+[\\p{L} .'-]+$");
  private static final Pattern VENUE_LABEL = Pattern.compile("(?i)^(?:venue|place|location|where)\\s*:\\s*(.+)$");
  private static final Pattern HELD_AT = Pattern.compile("(?i)\\bheld\\s+(?:at|in)\\s+(?:the\\s+)?(?!\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m)(.+?)\\s+on\\b");
  private static final Pattern NAME_LIKE = Pattern.compile("^[\\p{L}][\\p{L}0-9 ,&'’().\\-–/]{2,90}$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)^(?:agenda|minutes|cofnodion|rhaglen|pecyn\\s+dogfen|annwyl\\b|\\W*please\\b|miontuairisc\\p{L}*|cl[aá]r\\b|present|apologies|items?|no\\.?\\s+item|page\\b|dear\\b|to:|from:|contact|tel\\b|email|notice|business|public|part\\s+i|welcome)"
      + "|.*\\b(?:held|to\\s+be\\s+held|" + WEEKDAY + ")\\b.*"
      // "MEETING NO. 10": the meeting's number, the body above it; "APPROVED" (of "APPROVED MINUTES"): a title's word
      + "|(?:\\w+\\s+)?meeting\\s+(?:no\\.?|number|#)\\s*[\\d/-]+$|(?:approved|draft|unconfirmed|confirmed|signed|final)$");

  /** Where a date starts in a line: a weekday, {@code 9th Jan}, {@code January 9}, {@code 09/01/19}. */
  private static final Pattern DATE_START = Pattern.compile("(?i)\\b(?:" + WEEKDAY + "\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3}|"
        + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2})");

  /** The labels of a decision notice, anywhere on it: {@code Decided at meeting: 05/12/2019 - Policy & Resources Committee}. */
  private static final Pattern DECIDED_AT = Pattern.compile(
      "(?i)^(?:decided|made)\\s+at\\s+meeting\\s*:\\s*(.+?)\\s*[-–]\\s*(.+)$|^(?:date\\s+of\\s+decision|decision\\s+date|date\\s+of\\s+meeting|meeting\\s+date)\\s*:\\s*(.+)$");
  private static final int NOTICE_LINES = 120;

  /**
   * This meeting with what a decision notice's labels say, where its opening lines did not:
   * the date and committee of {@code Decided at meeting:} or {@code Date of decision:}.
   */
  MeetingHeader orLabelled(List<Line> lines, boolean monthFirst) {
    LocalDate d = date;
    String c = committee;
    for (int i = 0; i < lines.size() && i < NOTICE_LINES && (d == null || c == null); i++) {
      Matcher m = DECIDED_AT.matcher(lines.get(i).text());
      if (!m.matches()) {
        continue;
      }
      String when = m.group(1) != null ? m.group(1) : m.group(3);
      d = d != null ? d : Dates.find(when, monthFirst).orElse(null);
      c = c != null || m.group(2) == null ? c : tidy(m.group(2));
    }
    return new MeetingHeader(c, d, time, venue);
  }

  /** The same meeting at another time. */
  MeetingHeader withTime(LocalTime t) {
    return new MeetingHeader(committee, date, t, venue);
  }

  /** The same meeting on another day. */
  MeetingHeader withDate(LocalDate d) {
    return new MeetingHeader(committee, d, time, venue);
  }

  /** The meeting named in {@code lines[from, to)}, numeric dates read day first. */
  static MeetingHeader read(List<Line> lines, int from, int to) {
    return read(lines, from, to, false);
  }

  /** The meeting named in {@code lines[from, to)}; {@code monthFirst} for numeric dates such as 10/25/2023. */
  static MeetingHeader read(List<Line> lines, int from, int to, boolean monthFirst) {
    int end = Math.min(Math.min(to, lines.size()), from + MAX_LINES);
    if (from >= end) {
      return NONE;
    }
    List<Line> head = withoutMovedFrom(lines.subList(from, end));
    int dateLine = -1;
    LocalDate date = null;
    int bestScore = -1;
    for (int i = 0; i < head.size() && i < SHORT_DATE_LINES && date == null; i++) {
      // "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23": the title's own short date, before any date further down
      // (the last minutes' "February 22nd, 2023")
      if (TITLE_THEN_SHORT_DATE.matcher(head.get(i).text()).matches()) {
        date = Dates.shortDate(head.get(i).text(), monthFirst).orElse(null);
        dateLine = date == null ? -1 : i;
        bestScore = date == null ? -1 : 2;
      }
    }
    for (int i = 0; i < head.size() && bestScore < 2; i++) {
      String t = head.get(i).text();
      String withNext = i + 1 < head.size() ? t + " " + head.get(i + 1).text() : t;
      Optional<LocalDate> d = Dates.find(t, monthFirst);
      boolean split = false;
      if (d.isEmpty() && i + 1 < head.size() && Dates.find(head.get(i + 1).text(), monthFirst).isEmpty()) {
        d = Dates.find(withNext, monthFirst); // "... on Wednesday 9th" / "January 2019 at 1900."
        split = d.isPresent();
      }
      if (d.isEmpty() || NOT_THE_MEETING_DATE.matcher(ASIDE.matcher(t).replaceAll(" ")).find()) {
        continue;
      }
      String before = i > 0 ? head.get(i - 1).text() + " " + t : t;
      int score = (LABELLED_DATE.matcher(split ? withNext : before).find() ? 2 : 1);
      if (score > bestScore) {
        bestScore = score;
        date = d.get();
        dateLine = i;
      }
      if (score == 2) {
        break;
      }
    }
    if (dateLine >= 0 && BARE_DATE.matcher(head.get(dateLine).text()).matches()) {
      int announced = announced(head, dateLine, monthFirst);
      if (announced >= 0) {
        dateLine = announced;
        date = Dates.find(head.get(announced).text(), monthFirst).orElse(date);
      }
    }
    if (date == null) {
      // "held on Tuesday 1st August at 17:45", the year only in a running title ("August 2023 Extraordinary Meeting")
      Integer year = monthYear(head);
      for (int i = 0; i < head.size() && year != null && date == null; i++) {
        String t = head.get(i).text();
        if (LABELLED_DATE.matcher(t).find() && !NOT_THE_MEETING_DATE.matcher(t).find()) {
          date = Dates.withoutYear(t, LocalDate.of(year, 1, 1)).orElse(null);
          dateLine = date == null ? -1 : i;
        }
      }
    }
    if (date == null) {
      // "Community Council Minutes 17/10/11" / "... held on Monday 17th October at 7.30pm": the year from the short date
      StringBuilder all = new StringBuilder();
      head.forEach(l -> all.append(l.text()).append('\n'));
      date = Dates.yearFromShortDate(all.toString()).orElse(null);
      for (int i = 0; date != null && dateLine < 0 && i < head.size(); i++) {
        dateLine = Dates.withoutYear(head.get(i).text(), LocalDate.of(date.getYear(), 1, 1)).isPresent() ? i : -1;
      }
    }
    for (int i = 0; date == null && i < head.size() && i <= SHORT_DATE_LINES; i++) {
      // "Selectmen’s Minutes 02.16.21": a short date in the document's title
      if (i < SHORT_DATE_LINES && SHORT_TITLE.matcher(head.get(i).text()).find()
          || i > 0 && SHORT_DATE_ALONE.matcher(head.get(i).text()).matches() && ENDS_ON.matcher(head.get(i - 1).text()).find()) {
        date = Dates.shortDate(head.get(i).text(), monthFirst).orElse(null);
        dateLine = date == null ? -1 : i;
      }
    }
    LocalTime time = time(head, dateLine, date);
    String committee = CommitteeName.of(head, dateLine);
    String venue = venue(head);
    return new MeetingHeader(committee, date, time, venue);
  }

  /** A meeting's earlier date before its name: {@code Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm}. */
  private static final Pattern MOVED_FROM = Pattern.compile("(?i)^(?:moved|rescheduled|postponed|changed|brought\\s+forward)\\s+from\\s+[^,]{4,40},\\s*");

  /** The lines with a meeting's earlier date left out: it was moved from that date, it is not held on it. */
  private static List<Line> withoutMovedFrom(List<Line> head) {
    List<Line> out = null;
    for (int i = 0; i < head.size(); i++) {
      Line l = head.get(i);
      Matcher m = MOVED_FROM.matcher(l.text());
      if (m.lookingAt() && Dates.find(l.text().substring(0, m.end())).isPresent()) {
        out = out == null ? new java.util.ArrayList<>(head) : out;
        out.set(i, new Line(l.page(), l.text().substring(m.end()), List.of()));
      }
    }
    return out == null ? head : out;
  }

  /** A date alone on its line, as a letter or notice is dated at its top: {@code Thursday, December 3, 2020}. */
  private static final Pattern BARE_DATE = Pattern.compile(
      "(?i)^(?:" + WEEKDAY + ",?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}\\.?$");
  /** A sentence that announces the meeting: {@code ... will hold a special meeting of ...}, {@code ... to be held on}. */
  private static final Pattern ANNOUNCES = Pattern.compile("(?i)\\b(?:will\\s+hold|will\\s+be\\s+held|to\\s+be\\s+held|will\\s+meet)\\b");
  /** Lines from a meeting's announcement to its date. */
  private static final int ANNOUNCEMENT_LINES = 3;

  /**
   * The line of the date a notice announces the meeting for, below the date it is dated with: {@code Thursday, December
   * 3, 2020} / ... / {@code The Illinois Finance Authority ... will hold a special meeting of the Conduit} / ... /
   * {@code LaSalle Street, Suite S-1000, Chicago, Illinois 60601 on Tuesday, December 8, 2020 at 9:00}; -1 when none.
   */
  private static int announced(List<Line> head, int dated, boolean monthFirst) {
    for (int i = dated + 1; i < head.size(); i++) {
      String t = head.get(i).text();
      if (!ANNOUNCES.matcher(t).find() || NOT_THE_MEETING_DATE.matcher(t).find()) {
        continue;
      }
      for (int j = i; j < head.size() && j <= i + ANNOUNCEMENT_LINES; j++) {
        String line = head.get(j).text();
        String from = j == i ? line.substring(ANNOUNCES.matcher(line).results().findFirst().orElseThrow().end()) : line;
        if (Dates.find(from, monthFirst).isPresent()) {
          return j;
        }
      }
      return -1;
    }
    return -1;
  }

  /** A month and its year on a line of the opening ({@code August 2023 Extraordinary Meeting}): the year, or null. */
  private static Integer monthYear(List<Line> head) {
    for (Line l : head) {
      Matcher m = MONTH_YEAR.matcher(l.text());
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d\\d)\\b");

  /**
   * The meeting's time: after its date on a line that gives the date ("Tuesday 3 March 2021 at
   * 7.30 pm"), else anywhere on such a line ("held at 7.00pm on Monday 4 February 2008"), else a
   * time alone on a line, else on a line about the time ("Time:", "called to order at").
   */
  private static LocalTime time(List<Line> head, int dateLine, LocalDate date) {
    if (dateLine < 0) {
      return labelledTime(head);
    }
    List<String> dated = new java.util.ArrayList<>();
    if (dateLine > 0 && ENDS_ON.matcher(head.get(dateLine - 1).text()).find()) {
      dated.add(joined(head, dateLine - 1, 2)); // "HELD AT THE COMMUNITY CENTRE ... AT 7.30 P.M. ON" / "06.06.17"
    }
    for (int i = dateLine; i < head.size(); i++) {
      String three = joined(head, i, 3);
      if (i == dateLine || Dates.find(head.get(i).text()).filter(date::equals).isPresent()) {
        dated.add(three);
      }
    }
    for (String s : dated) {
      int at = s.indexOf(String.valueOf(date.getYear()));
      String after = at >= 0 ? s.substring(at + 4) : s;
      // "Following a Special Meeting at 6:30 p.m. for an Executive Session ..., the Edmonds City Council meeting was
      // called to order at 7:00 p.m.": the time it was called to order
      Matcher called = CALLED_TO_ORDER_AT.matcher(after);
      boolean calledToOrder = called.find();
      if (!calledToOrder && CANCELED.matcher(after).find()) {
        continue; // "The regular adjourned meeting scheduled for 6:00 p.m. ... was canceled."
      }
      // (its time whole in the lines read: "... met in regular session on August 12, 2004, at 6:30" / "p.m." is read
      // from the date's own line instead)
      Optional<LocalTime> t = calledToOrder && WHOLE_TIME.matcher(after.substring(called.end())).lookingAt()
          ? Times.find(after.substring(called.end())) : Times.find(after);
      if (t.isPresent()) {
        return t.get();
      }
    }
    Optional<LocalTime> onDateLine = Times.find(head.get(dateLine).text());
    if (onDateLine.isPresent()) {
      return onDateLine.get();
    }
    for (Line l : head) {
      if (TIME_ALONE.matcher(l.text()).matches()) {
        return Times.find(l.text()).orElse(null);
      }
    }
    return labelledTime(head);
  }

  /** A short title that names the document's kind, the only place some minutes give their date: {@code Selectmen’s Minutes 02.16.21}. */
  private static final Pattern SHORT_TITLE = Pattern.compile("(?i)^(?:[\\p{L}’'&-]+\\s+){0,6}(?:minutes|agenda)(?:\\s.{0,20})?$");
  private static final int SHORT_DATE_LINES = 3;
  /**
   * A short date on a line of its own under the title's "held ... on": {@code HELD AT THE COMMUNITY CENTRE, DYFFRYN ARDUDWY AT
   * 7.30 P.M. ON} / {@code 06.06.17}.
   */
  private static final Pattern SHORT_DATE_ALONE = Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}$");
  private static final Pattern ENDS_ON = Pattern.compile("(?i)\\bon$");
  /** A minutes or agenda title, a dash, then a short date ending it: {@code Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23}. */
  private static final Pattern TITLE_THEN_SHORT_DATE = Pattern.compile(
      "(?i)^(?:minutes|agenda|cofnodion|rhaglen)\\b.{0,80}?\\s[-–]\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}$");

  /** {@code ... was called to order at 7:00 p.m.}, {@code ... met in regular session at 7:05 p.m.}: the meeting's own time follows. */
  private static final Pattern CALLED_TO_ORDER_AT = Pattern.compile(
      "(?i)\\b(?:called\\s+to\\s+order|met\\s+in\\s+(?:\\w+\\s+){0,2}session)\\b[^.]{0,60}?\\bat\\s+(?=\\d)");
  /** A time with its half of the day or on the 24-hour clock: {@code 7:00 p.m.}, {@code 19:30}. */
  private static final Pattern WHOLE_TIME = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?\\s?m\\b|(?:1[3-9]|2[0-3])[:.]\\d{2}\\b");
  /** A meeting called off: {@code The regular adjourned meeting scheduled for 6:00 p.m. ... was canceled.} */
  private static final Pattern CANCELED = Pattern.compile("(?i)\\bwas\\s+(?:cancell?ed|postponed)\\b");

  private static LocalTime labelledTime(List<Line> head) {
    for (Line l : head) {
      if (l.text().toLowerCase(Locale.ROOT).matches(".*\\b(time|called to order|commenc|start).*")) {
        Optional<LocalTime> t = Times.find(l.text());
        if (t.isPresent()) {
          return t.get();
        }
      }
    }
    return null;
  }

  private static String joined(List<Line> head, int from, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < head.size() && i < from + n; i++) {
      sb.append(head.get(i).text()).append(' ');
    }
    return sb.toString();
  }


  /** A body's name alone on its line: {@code Council}, {@code Planning Committee}, {@code Regular City Council Meeting}. */
  private static final Pattern BODY_LINE = Pattern.compile(
      "^(?:[\\p{L}&'’,-]+\\s+){0,5}(?i:council|committee|cabinet|board|panel|commission|authority|sub-committee|forum)(?i:\\s+meeting)?$");

  /** Whether the line above the date is a body's name alone, which names the meeting before any title's words. */
  static boolean bodyAbove(String line) {
    return BODY_LINE.matcher(line.strip()).matches() && nameLike(line.strip());
  }


  static int firstDateIndex(String t) {
    Matcher m = DATE_START.matcher(t);
    return m.find() ? m.start() : -1;
  }

  static boolean nameLike(String s) {
    return NAME_LIKE.matcher(s).matches() && !NOT_A_NAME.matcher(s).lookingAt() && s.split("\\s+").length <= 10
        && !s.matches("(?i).*\\b(?:and|of|the|to|for|in|on|at)$")
        && s.chars().filter(Character::isLetter).count() >= 4 && !s.matches(".*\\d{3,}.*") && !s.contains("@")
        && !POSTCODE.matcher(s).find() && !TOWN_AND_STATE.matcher(s).matches();
  }

  /**
   * A town and its state or province, or the state alone, the place a North American council met, not a body: {@code
   * Seal Beach, California}, {@code OKLAHOMA}
   * (a body's name may end so: {@code City Council of the City of Park Ridge, Illinois}).
   */
  private static final Pattern TOWN_AND_STATE = Pattern.compile("(?i)^(?!.*\\b(?:council|board|committee|commission|authority|meeting)\\b)"
      + "(?:[\\p{L} .'’-]{2,40},\\s*)?(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii"
      + "|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi"
      + "|missouri|montana|nebraska|nevada|new\\s+hampshire|new\\s+jersey|new\\s+mexico|new\\s+york|north\\s+carolina"
      + "|north\\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\\s+island|south\\s+carolina|south\\s+dakota|tennessee|texas"
      + "|utah|vermont|virginia|washington|west\\s+virginia|wisconsin|wyoming|alberta|british\\s+columbia|manitoba"
      + "|new\\s+brunswick|newfoundland(?:\\s+and\\s+labrador)?|nova\\s+scotia|ontario|prince\\s+edward\\s+island|quebec"
      + "|saskatchewan|yukon)\\.?$");

  /** A UK postcode ends an address, not a name: {@code COUNCIL HOUSE, VICTORIA SQUARE, BIRMINGHAM, B1 1BB}. */
  private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");

  /** A committee name without the sentence around it: "the", trailing commas and dashes gone. */
  static String tidy(String name) {
    if (name == null) {
      return null;
    }
    // "COUNCIL OF THE CITY OF TULSA": the body is the City Council
    Matcher of = BODY_OF_PLACE.matcher(name.replaceAll("\\s+", " ").strip());
    if (of.matches()) {
      name = of.group(2) + " " + of.group(1);
    }
    String n = name.replaceAll("\\s+", " ").strip()
        .replaceAll("(?<=\\p{Ll})- (?=\\p{Ll})", "") // a word broken at the line's end: "Board of Super-" / "visors"
        .replaceFirst("(?i)^the\\s+", "")
        .replaceFirst("\\s*[-–—,:;|_]+$", "")
        .replaceFirst("(?i)\\s+(?:held|to be held|on|at|which|that)$", "") // "... Mareham le Fen Parish Council which" / "will be held"
        .replaceFirst("(?i)\\s+order\\s+paper$", "") // "Council Meeting Order Paper": a New Zealand council's word for its agenda
        .strip();
    Matcher state = STATE_AFTER.matcher(n);
    if (state.find() && BODY_WORD.matcher(n).find()) {
      n = n.substring(0, state.start()); // "Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson, NY"
    }
    return n.length() < 3 || n.chars().noneMatch(Character::isLetter) || NO_NAME.matcher(n).find() || STATE_AFTER.matcher(n).find()
        ? null : n;
  }

  private static final Pattern BODY_WORD = Pattern.compile("(?i)\\b(?:council|board|committee|commission|trustees|authority|selectmen)\\b");
  private static final String STATES = "(?:NY|CA|TX|PA|OH|MI|IL|NJ|MA|VA|WA|OR|AZ|GA|NC|SC|FL|MN|WI|IA|KS|MO|CO|ID|UT|AK|NB|NS|ON|BC|AB|SK|MB|QC|PE|NL|YT)";
  /** A state or province after the place: {@code , NY}. */
  private static final Pattern STATE_AFTER = Pattern.compile("(?i),\\s*" + STATES + "$");

  /**
   * What a heading's line may hold that names no meeting: a notice's addressees ({@code To/the Mayor and each Member of the
   * Council}), a table's label ({@code Date and Time}); a town and its state ({@code SCHUYLERVILLE, NY}) is {@link #STATE_AFTER}
   * left with no body before it.
   */
  private static final Pattern NO_NAME = Pattern.compile("(?i)^to[\\s/]+(?:the\\s+)?(?:mayor|chair|members?|each|all|councill?ors)\\b"
      + "|^date\\s+and\\s+time$|^meeting\\s+summary$");

  private static String venue(List<Line> head) {
    for (Line l : head) {
      Matcher v = VENUE_LABEL.matcher(l.text());
      if (v.matches()) {
        return v.group(1).strip();
      }
    }
    for (int i = 0; i < head.size() && i < 6; i++) {
      String two = head.get(i).text() + (i + 1 < head.size() ? " " + head.get(i + 1).text() : "");
      Matcher h = HELD_AT.matcher(two);
      if (h.find()) {
        return h.group(1).strip();
      }
    }
    return null;
  }
}
