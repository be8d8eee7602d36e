package org.agendasearch.ingest.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number that opens an agenda item or a minute, in the forms councils print:
 *
 * <pre>
 * 57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY      plain, "57"
 * 4) Public questions                                plain, "4"
 * Item 4 Minutes / Agenda item 4: Minutes            plain, "4"
 * Minute 12 - Planning                               plain, "12"
 * Minute No. 84/13                                   slash, "84/13"
 * 82/23 Apologies: Cllr. A Edwards sent ...          slash, "82/23" (number, then year)
 * 23/165 Receive apologies                           slash, "23/165" (year, then number)
 * 1-0607/8 - Welcome and Apologies                  slash, "1-0607/8" (number, then the council year)
 * 11/09/22-1. Regular Meeting – September 14, 2022  slash, "11/09/22-1" (the meeting's date, then the item)
 * 2019/1) Election of the meeting Chairman           slash, "2019/1" (the year in full, then number)
 * 11/20:01 APOLOGIES AND CHAIRMAN’S BUSINESS         slash, "11/20:01" (the year, the meeting, then the minute)
 * (2020 – 073)                                       slash, "2020 – 073" (the year, a dash, the number, in brackets)
 * Cou/285/07-08 Apologies for Absence               lettered, "Cou/285/07-08"
 * A23/024COMMITTEE SERVICE FEES                      lettered, "A23/024" (a title in capitals glued on)
 * C1850 MINUTES –  /  C.45/2023 Planning             lettered, "C1850", "C.45/2023"
 * A-1 ORDINANCE NO. 269 AMENDING ...                 lettered, "A-1" (a US agenda's section letter, a hyphen, the item)
 * MMD.2.22 Meeting Correspondence                    lettered, "MMD.2.22"
 * PL30-25/26 Apologies For Absence                   lettered, "PL30-25/26" (the council year after a hyphen)
 * 19.09.01 Apologies  /  2.1 Finance                 dotted, "19.09.01", "2.1"
 * 4-A. PENSION PAYROLL FOR THE MONTH OF JULY 2005    dotted, "4-A" (the item, a hyphen, its part's letter)
 * (4-A) Election of Chair                            dotted, "4-A" (the same in brackets)
 * 8(a) SERVICE PLAN FOR FOOD LAW REGULATION 2022/23  dotted, "8(a)" (the item, its part's letter in brackets)
 * 1. 1 Apologies                                     dotted, "1.1" (a space typed after the stop)
 * [1.2]   Urdd Gobaith Cymru Conwy area – letter      dotted, "1.2" (in square brackets; "[1]" plain)
 * 156.21 Receive apologies                          slash, "156.21" (the 156th minute of 2021)
 * 2.0 Matters arising                               plain, "2.0" (a section whose parts are 2.1, 2.2)
 * II LOTTERIES AND AMUSEMENTS ACT 1976               roman, "II"
 * IV      Officer Election                           roman, "IV" (a title in title case, no stop after the numeral)
 * B. Roll Call                                       letter, "B"
 * 1. 24-0123 Resolution approving the contract      plain, "1" (a file number opens the title)
 * 12                                                 plain, alone on its line
 * </pre>
 *
 * Each form is a {@link Scheme}; items of one list share a scheme and a {@link #family()} (the
 * fixed parts: the year of {@code 82/23}, the letters of {@code C1850}, the leading parts of
 * {@code 19.09.01}) and run on by {@link #ordinal()}. A planning reference
 * ({@code 3/18/2344/FUL}), a date or a sum of money is no item number.
 *
 * @param number the number as printed, decoration ({@code .}, {@code )}, "Item") removed
 * @param rest the text after the number on the same line, or empty
 */
record ItemNumber(String number, String rest, Scheme scheme, String family, int ordinal) {

  /** The forms of numbering, each a list of its own. */
  enum Scheme { PLAIN, SLASH, LETTERED, DOTTED, ROMAN, LETTER }

  private static final String PREFIX =
      "(?i:(?:agenda\\s+)?item(?:\\s+no\\.?|:(?=\\d)|\\s*#(?=\\d))?|minute(?:\\s+no\\.?)?|no\\.|min\\.?|#(?=\\d{1,3}\\.\\s))\\s*";
  private static final String END = "(?:[.):](?:-(?=\\s))?|\\s*[-–—](?=\\s))?(?=\\s|$)";
  /** A plain number's end, also a slash before a space: {@code 1/ Call to order} (a Nova Scotia town's minutes). */
  private static final String PLAIN_END = "(?:[.):]|/(?=\\s)|\\s*[-–—](?=\\s))?(?=\\s|$)";
  private static final Pattern PLAIN = Pattern.compile("^(?:" + PREFIX + ")?\\(?(\\d{1,3})([a-z])?" + PLAIN_END + "\\s*(.*)$");
  /**
   * {@code 84/13}, {@code Minute No. 84/13}; {@code 41a/19}, a part lettered in the number (an English parish council's);
   * {@code 12/ 70      Apologies}, a space typed after the slash (read as 12/70).
   */
  private static final Pattern SLASH = Pattern.compile("^(?:" + PREFIX + ")?(\\d{1,4}(?:[a-z](?=/))?)/ ?(\\d{2}|\\d{4})" + END + "\\s*(.*)$");
  /** {@code 160117/1   Apologies}: the meeting's date in six figures (16 January 2017), a slash, then the minute's number in it. */
  private static final Pattern DATE_SLASH_NUMBER = Pattern.compile("^(\\d{6})/(\\d{1,2})\\.?\\s+(\\p{L}.*)$");
  /**
   * {@code 1358       DECLARATIONS OF INTEREST FROM MEMBERS}: a minute numbered on from the council's first, in four
   * digits, before a heading in capitals (not a year: 1900 to 2099 are left alone).
   */
  private static final Pattern FOUR_DIGITS = Pattern.compile("^(\\d{4})\\s+(\\p{Lu}\\S*\\s+\\S.*)$");
  /**
   * {@code 1430.    Apologies for absence were received from ...}, {@code 1109.   PLANNING}, {@code 3109: Apologies for Absence:}:
   * a running minute number of four figures and a stop or a colon.
   */
  private static final Pattern FOUR_DIGITS_STOP = Pattern.compile("^(\\d{4})[.:]\\s+(\\p{Lu}\\S*(?:\\s+\\S.*)?)$");
  /**
   * {@code 20072 – CONFIRMATION OF MINUTES}: a minute numbered by the year, the month and its place (a South Australian
   * council's), five digits, a dash, then a heading in capitals.
   */
  private static final Pattern FIVE_DIGITS_DASH = Pattern.compile("^(\\d{5})\\s+[-–—]\\s+(\\p{Lu}\\S*\\s+\\S.*)$");
  /** {@code 2019/1)}, {@code 2017 / 22 –}: the year in full, then the minute's number through the year. */
  private static final Pattern FULL_YEAR_SLASH = Pattern.compile("^((?:19|20)\\d{2})\\s*/\\s*(\\d{1,3})" + END + "\\s*(.*)$");
  /** {@code 1-0607/8 - Welcome and Apologies}: the number, a hyphen, then the council year ("0607/8"). */
  private static final Pattern NUMBER_DASH_YEAR = Pattern.compile("^(\\d{1,3})-(\\d{4}/\\d{1,2})\\s*[-–—:.]?\\s+(.*)$");
  /** {@code 111-17 Apologies}: a clause's number through the year, a hyphen, then the year's last two figures (New Zealand). */
  private static final Pattern CLAUSE_DASH_YEAR = Pattern.compile("^(\\d{1,4})-(\\d{2})\\s+(\\p{Lu}.*)$");
  /**
   * {@code 11/09/22-1. Regular Meeting – September 14, 2022}: the meeting's date, a hyphen, then the item's number
   * (a Californian planning commission's agenda numbers its items by the meeting).
   */
  /**
   * A minute numbered through the year after the year and the meeting's month: {@code 19/4/41 Minutes of the Meeting held
   * on 4 March 2019} (minute 41, April 2019), read in the year's run; {@code 2020/01/05   MINUTES OF THE LAST MEETING}, the year
   * in full (a Shetland community council's).
   */
  private static final Pattern YEAR_MONTH_NUMBER = Pattern.compile("^(\\d{2}|(?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,3})\\s+(\\p{L}.*)$");
  /** {@code 10457/04/19 APOLOGIES}: a council's running minute number, then the month and year of its meeting (a Welsh town council's). */
  private static final Pattern NUMBER_MONTH_YEAR = Pattern.compile("^(?!(?:19|20)\\d{2}/)(\\d{3,5})/((?:0?[1-9]|1[0-2])/(?:\\d{2}|(?:19|20)\\d{2}))\\s+(\\p{L}.*)$");
  /**
   * {@code 1/07/17      APOLOGIES FOR ABSENCE}, {@code 4.1/07/17    Clerk: The Clerk did not have ...}: the minute's number in
   * the meeting, then the meeting's month and year (an Essex parish's); a heading in capitals after it, or a part's number
   * before the month, for "1/07/17" alone is a date.
   */
  private static final Pattern SMALL_NUMBER_MONTH_YEAR = Pattern.compile(
      "^(\\d{1,2})(?:\\.(\\d{1,2}))?/((?:0[1-9]|1[0-2])/\\d{2})\\s+(\\p{L}.*)$");
  /**
   * {@code C18/05/02/01     TO CHOOSE A PERSON TO PRESIDE ...}: three parts that name the meeting (a Manx board's letter and year,
   * month, meeting), then the minute's number in it.
   */
  private static final Pattern MEETING_PATH = Pattern.compile("^([A-Z]{0,3}\\d{1,4}(?:/\\d{1,4}){2})/(\\d{1,3})\\s+(\\p{L}.*)$");
  /** A section's part by its number: {@code 2.7}, part 7 of section 2. */
  private static final Pattern SECTION_PART = Pattern.compile("(\\d{1,3})\\.\\d{1,3}");

  /** The section a part numbered {@code 2.7} is in ({@code 2}); null for any other number, or none. */
  static String sectionOf(String number) {
    Matcher m = number == null ? null : SECTION_PART.matcher(number);
    return m != null && m.matches() ? m.group(1) : null;
  }

  /** Whether four figures are a year of this century or the last (1900 to 2099), not a running minute's number. */
  private static boolean year(String fourDigits) {
    return fourDigits.startsWith("19") || fourDigits.startsWith("20");
  }

  /** {@code 190-2019 - Appointment of the Chairman}: the minute's number, a hyphen, the year in full, a dash (a Surrey parish's). */
  private static final Pattern NUMBER_YEAR_DASH = Pattern.compile("^(\\d{1,3})-((?:19|20)\\d{2})\\s+[-–—]\\s+(\\S.*)$");
  /** {@code 15.C.74   APOLOGIES}: the year, the body's letter ("C", Council), the minute's number (an English borough's). */
  private static final Pattern YEAR_BODY_NUMBER = Pattern.compile("^(\\d{2})\\.([A-Z]{1,3})\\.(\\d{1,4})\\.?\\s+(\\S.*)$");
  /** {@code 205/PC/20 – Minutes}: the minute's number, the body's letters, the year (a Buckinghamshire parish's). */
  private static final Pattern NUMBER_BODY_YEAR = Pattern.compile("^(\\d{1,4})/([A-Za-z]{1,4})/(\\d{2}|\\d{4})\\s*[-–—:.]?\\s+(\\S.*)$");
  /** {@code 11/20:01   APOLOGIES AND CHAIRMAN’S BUSINESS}: the year, the meeting's number, a colon, the minute's. */
  private static final Pattern YEAR_MEETING_MINUTE = Pattern.compile("^(\\d{2})/(\\d{1,3}):(\\d{1,3})\\s+(\\p{L}.*)$");
  private static final Pattern MEETING_DATED = Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{2}(?:\\d{2})?)-(\\d{1,2})[.)]?\\s+(\\S.*)$");
  /** {@code 23/165}: the year, then the minute's number through the year. */
  private static final Pattern YEAR_SLASH = Pattern.compile("^(\\d{2})/(\\d{3,4})" + END + "\\s*(.*)$");
  private static final Pattern LETTERED = Pattern.compile(
      "^([A-Z]{1,4}|[A-Z][a-z]{1,3}(?=[./]))(?:[./]|-(?=\\d{1,2}\\b))?(\\d{1,4})((?:[./]\\d{1,4}(?:-\\d{2,4})?|-\\d{2}/\\d{2})?)(?:" + END + "|(?=\\p{Lu}{2}))\\s*(.*)$");
  /** {@code 4.4.1 Agricultural Service Board ...}; {@code 2.2Regular Council Meeting Minutes}, its title typed against it. */
  private static final Pattern DOTTED = Pattern.compile(
      "^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.(\\d{1,2})(?:[.)]|\\s*[-–—](?=\\s))?(?=\\s|$|\\p{Lu}\\p{Ll}{2})\\s*(.*)$");
  /** {@code 1. 1 Apologies}: a part's number typed with a space after the stop, a title in capitals after it. */
  private static final Pattern SPACED_DOTTED = Pattern.compile("^(\\d{1,2})\\.\\s(\\d)\\s+(\\p{Lu}\\p{Ll}.*)$");
  /** {@code A. CALL TO ORDER}, {@code B) Roll call}: capital letters in order (I, V and X read as roman). */
  private static final Pattern LETTER = Pattern.compile("^([A-Z])[.)]\\s+(\\S.*)$");
  /** {@code 4-A. PENSION PAYROLL FOR THE MONTH OF JULY 2005:}: the item's number, a hyphen, its part's letter. */
  private static final Pattern DASH_LETTER = Pattern.compile("^(\\d{1,2})-([A-Z])\\.?(?:\\s+(\\S.*))?$");
  /** {@code (2020 – 073)}: the year, a dash, the minute's number through the year, in brackets (its text below). */
  private static final Pattern BRACKETED_YEAR_DASH = Pattern.compile("^\\(((?:19|20)\\d{2})\\s*[-–]\\s*(\\d{1,3})\\)(?:\\s+(\\S.*))?$");
  /** {@code 8(a) SERVICE PLAN FOR FOOD LAW REGULATION 2022/23}: the item's number, its part's letter in brackets. */
  /** {@code [1]     White Lion - letter asking for a donation}, {@code [1.2] ...}: a number in square brackets (a Welsh community council's). */
  private static final Pattern SQUARE = Pattern.compile("^\\[(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\]\\s+(\\S.*)$");
  /** {@code 156.21 Receive apologies}: a minute's number through the year after a stop, a title in capitals after it. */
  /** A time the item is set for, before its number: {@code 8:05   2. Pledge of Allegiance}. */
  private static final Pattern SCHEDULED = Pattern.compile("^\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?\\s+(?=\\d{1,2}[.)]\\s+\\p{Lu})");
  /** {@code 13.148. Apologies: The clerk advised ...}: the year's two digits, a stop, the minute's number through the year. */
  private static final Pattern YEAR_DOT_NUMBER = Pattern.compile("^(\\d{2})\\.(\\d{3})\\.?\\s+(\\p{Lu}.*)$");
  /** {@code 18615 Present: Cllr U. Abbott, ...}: a five-digit running number before a capitalised title. */
  private static final Pattern FIVE_DIGITS_TITLE = Pattern.compile("^(\\d{5})\\s+(\\p{Lu}\\p{Ll}+.*)$");
  /** {@code 1.3/23E To open the meeting}: the minute's ordinal, then its meeting's month and year (an English parish's). */
  private static final Pattern ORDINAL_DOT_MONTH = Pattern.compile("^(\\d{1,2})\\.((?:0?[1-9]|1[0-2])/\\d{2}[A-Z]?)\\s+(\\p{Lu}.*)$");
  private static final Pattern NUMBER_DOT_YEAR = Pattern.compile("^(\\d{3,4})\\.(\\d{2})\\.?\\s+(\\p{Lu}.*)$");
  private static final Pattern BRACKETED_LETTER = Pattern.compile("^(\\d{1,2})\\(([a-z])\\)\\s+(\\S.*)$");
  /** {@code Item 2.1   Minutes of Council Meeting}: a part's number after the word "Item" (an Irish county council's). */
  private static final Pattern PREFIXED_DOTTED = Pattern.compile("^(?i:(?:agenda\\s+)?item|minute)\\s+(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?(?:\\s.*)?)$");
  /** {@code ITEM 6.a   Snow Removal Policy Revisions}: the item's number, a full stop, its part's letter, a capitalised title. */
  private static final Pattern DOT_LETTER = Pattern.compile("^(?:" + PREFIX + ")?(\\d{1,2})\\.([a-z])[.)]?\\s+(\\p{Lu}.*)$");
  /**
   * A Californian city's file number through the year in brackets, the minute's text after it: {@code (12-018) Doug Siden,
   * East Bay Regional Park District, discussed ...}, {@code (*12-019) Minutes of ...} (the asterisk: on the consent calendar),
   * {@code (12-025 A) Resolution No. 14648, ...}, {@code (12-001 CIC) Minutes of ...} (another body's file).
   */
  private static final Pattern FILE_NUMBER = Pattern.compile("^\\(\\*?(\\d{2})-(\\d{3})(?:\\s+([A-Z]{1,4}))?\\)\\s+(\\p{Lu}.*)$");
  /** {@code C136(a)      Town Council Meeting held on 18 March 2013}: a lettered minute's part, its letter in brackets. */
  private static final Pattern LETTERED_PART = Pattern.compile("^([A-Z]{1,3})(\\d{1,4})\\(([a-z])\\)\\s+(\\S.*)$");
  /** {@code (4-A) Election of Chair and, if necessary, Vice Chair.}: the same in brackets. */
  private static final Pattern BRACKETED_DASH_LETTER = Pattern.compile("^\\((\\d{1,2}-[A-Z])\\)\\s+(\\S.*)$");
  private static final Pattern ROMAN = Pattern.compile("^\\(?([IVX]{1,6}|[ivx]{1,6})([.)]?)(?=\\s|$)\\s*(.*)$");
  /** What follows a number that makes it a quantity, not an item: "2 Members of the Public", "5 bedroomed". */
  private static final Pattern QUANTITY = Pattern.compile(
      "^(?:x\\s|%|per\\s?cent|years?\\b|months?\\b|weeks?\\b|days?\\b|hours?\\b|minutes?\\b|[Mm]embers?\\b(?!['’])|No\\.|no\\.|"
      + "(?i:[ap]\\.?m\\b\\.?|hrs\\b))");
  private static final Pattern TIME = Pattern.compile("(?i)^(?:[ap]\\.?\\s?m\\b|hrs\\b)");
  /** What follows a number that makes the line a date or a time: "2 October 2017", "10.15 a.m.". */
  /** A part titled by a whole date, the minutes of that day: {@code 4.1 July 11, 2006} (under "4. MINUTES OF PREVIOUS MEETING"). */
  private static final Pattern FULL_DATE = Pattern.compile("(?i)^\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d\\.?$");
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "(?i)^(?:[ap]\\.?\\s?m\\b|hrs\\b|(?:st|nd|rd|th)\\b|(?:of\\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
      + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?:\\s+\\d{2,4}|,|$))");

  /** The item number opening this line, if it opens with one. */
  static Optional<ItemNumber> parse(String printed) {
    // "* 2.1 Finance Report to 31 July 2017": an item marked with an asterisk (for decision); "• 7.1 Minutes of the 5
    // December 2022 Council Meeting": a web page's bulleted part
    boolean marked = (printed.startsWith("*") || printed.startsWith("•")) && printed.length() > 2
        && Character.isDigit(printed.charAt(printed.charAt(1) == ' ' ? 2 : 1));
    String unmarked = marked ? printed.substring(1).strip() : printed;
    // "8:05   2. Pledge of Allegiance": an agenda's column of the times each item is set for, before its number
    int colon = unmarked.indexOf(':');
    Matcher slot = (colon == 1 || colon == 2) && Character.isDigit(unmarked.charAt(0)) ? SCHEDULED.matcher(unmarked) : null;
    if (slot != null && slot.lookingAt()) {
      unmarked = unmarked.substring(slot.end());
    }
    Matcher bracketed = unmarked.startsWith("(") ? BRACKETED_DASH_LETTER.matcher(unmarked) : null;
    Matcher square = unmarked.startsWith("[") ? SQUARE.matcher(unmarked) : null;
    // "(4-A) Election of Chair": read as "4-A Election of Chair"; "[1.2]   Urdd Gobaith Cymru ...": as "1.2 Urdd ...", "[1]" as "1."
    String line = bracketed != null && bracketed.matches() ? bracketed.group(1) + " " + bracketed.group(2)
        : square != null && square.matches() ? square.group(1) + (square.group(1).indexOf('.') < 0 ? ". " : " ") + square.group(2)
        : unmarked;
    Optional<ItemNumber> n = read(line).map(i -> {
      Matcher agenda = i.scheme() == Scheme.LETTERED || i.scheme() == Scheme.SLASH ? AGENDA_NUMBER_AFTER.matcher(i.rest()) : null;
      return agenda != null && agenda.matches() ? new ItemNumber(i.number(), agenda.group(1), i.scheme(), i.family(), i.ordinal()) : i;
    });
    // A page range ("5 - 10", "89 -"), a date or a time is no item: its "title" is a number or a month.
    return n.filter(i -> !(i.rest().isEmpty() && line.matches(".*[-–—]\\s*$")) && !STREET.matcher(i.rest()).lookingAt()
        && !(BARE_NUMBER.matcher(line).lookingAt() && STREET_LINE.matcher(i.rest()).matches())
        && !(i.scheme() == Scheme.LETTER && INITIAL_THEN_SURNAME.matcher(i.rest()).lookingAt())
        && !(!i.rest().isEmpty() && (i.rest().chars().noneMatch(Character::isLetter)
                || RANGE_FIRST.matcher(i.rest()).lookingAt() && !TIME_SLOT.matcher(i.rest()).lookingAt())
            && !(i.scheme() == Scheme.DOTTED && FILE_ONLY.matcher(i.rest()).matches()))
        && !(DATE_OR_TIME.matcher(i.rest()).lookingAt() && (bare(line, i) || TIME.matcher(i.rest()).lookingAt())
            && !(i.scheme() == Scheme.DOTTED && FULL_DATE.matcher(i.rest()).matches()))
        && !(bare(line, i) && PAGE_OF.matcher(i.rest()).lookingAt())
        && !PHONE.matcher(i.rest()).lookingAt() && !MOTION_NUMBER_REST.matcher(i.rest()).lookingAt());
  }

  /**
   * The agenda's number after a minute's reference, left out of the title: {@code FC25/001 1. Receive apologies ...}
   * (the minute "FC25/001", the agenda's item 1).
   */
  private static final Pattern AGENDA_NUMBER_AFTER = Pattern.compile("^\\d{1,2}[.)]\\s+(\\S.*)$");

  /** A part's number with only a Legistar file's number after it, its title on the next line: {@code 4-A 2023-3214}. */
  private static final Pattern FILE_ONLY = Pattern.compile("(?:19|20)\\d{2}-\\d{3,5}");

  /** A motion's number, not an item's: {@code No. 146 Moved by Deputy Mayor Lloyd}. */
  private static final Pattern MOTION_NUMBER_REST = Pattern.compile("^(?:Moved|Seconded|MOVED|SECONDED)\\b");

  /** A North American telephone number's area code, not item 213: {@code (213) 367-1356 during business hours}. */
  private static final Pattern PHONE = Pattern.compile("^\\d{3}[-.]\\d{4}\\b");

  /** A page's place in a browser's print, not an item: {@code 1 of 4 11/15/22, 9:54 PM}. */
  private static final Pattern PAGE_OF = Pattern.compile("^of\\s+\\d{1,4}\\b");

  /**
   * A name by its initial, not item A or J: {@code A. King, Directors of Service}, {@code J. Mee, M. Carty},
   * {@code P. Conneely; Colette Connolly}
   * (a title in capitals is an item: {@code B. ACCESS, LEARNING AND SUCCESS}).
   */
  private static final Pattern INITIAL_THEN_SURNAME = Pattern.compile("^\\p{Lu}\\p{Ll}[\\p{L}'’-]*[,;]\\s");

  /** A street's name before the kind of road: one to three capitalised words. */
  private static final String STREET_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+";
  /** The kinds of road an address names (and {@code place}, only before the address's comma). */
  private static final String ROAD = "street|st|road|rd|avenue|ave|drive|dr|lane|ln|boulevard|blvd|way|court|ct|highway|hwy|parkway|crescent|terrace";
  /** A road's word: four figures before it are an address's number ({@code 1685 Crosstown Boulevard N.W.}), not a minute's. */
  private static final Pattern ROAD_WORD = Pattern.compile("(?i)\\b(?:" + ROAD + "|place|suite|route)\\b");
  /** An address, not an item: {@code 933 Terrace Street, Muskegon, MI 49440}. */
  private static final Pattern STREET = Pattern.compile("^(?:[NSEW]\\.?\\s+)?" + STREET_NAME + "(?i:" + ROAD + "|place)\\.?,");

  /** A number with no stop or bracket after it: {@code 60 Snyder's Road West}, not {@code 60. Snyder's Road}. */
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,5}\\s");
  /**
   * A street's name and nothing else: {@code 60 Snyder's Road West} (a venue's address under "Location:"), {@code 505 BUTLER
   * PLACE} (a city hall's under its name), or the hour
   * after a dash: {@code 2263 SANTA CLARA AVENUE – 7:00 PM}.
   */
  private static final Pattern STREET_LINE = Pattern.compile(
      "^" + STREET_NAME + "(?i:" + ROAD + "|place|plaza)\\.?(?:\\s+(?i:north|south|east|west|[NSEW]))?(?:\\s+[-–—]\\s+\\d{1,2}[:.]\\d{2}\\s*(?i:[ap]\\.?m\\.?)?)?$");

  /** A delegation's time slot opening a part's title: {@code 4.1 7:50 p.m. – Kelly McTaggart, Canadian Association ...}. */
  private static final Pattern TIME_SLOT = Pattern.compile("(?i)^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s+[-–—]\\s+\\p{L}");
  /** A title that opens with a page range or a number and no word: {@code 3 - 6 MINUTES}, {@code 11 88}. */
  private static final Pattern RANGE_FIRST = Pattern.compile("^\\d{1,4}(?:\\s+[-–—]\\s*\\d{1,4}\\b|\\s+\\d|$|[.,;:)])");

  /** The number stands bare before its text ("2 October 2017"), with no full stop or bracket. */
  private static boolean bare(String line, ItemNumber n) {
    int at = line.indexOf(n.number());
    int after = at < 0 ? -1 : at + n.number().length();
    return after >= 0 && after < line.length() && Character.isWhitespace(line.charAt(after));
  }

  private static Optional<ItemNumber> read(String line) {
    if (line.isEmpty() || !mayOpenWithNumber(line)) {
      return Optional.empty();
    }
    char c = line.charAt(0);
    if (!Character.isDigit(c) && startsWithPrefix(line)) {
      Matcher dotted = PREFIXED_DOTTED.matcher(line);
      if (dotted.matches()) {
        return read(dotted.group(1)).filter(n -> n.scheme() == Scheme.DOTTED); // "Item 2.1   Proposed by Cllr. J. Carroll, ..."
      }
    }
    // What follows the leading digits decides which forms can match at all: "10. Concern was ...",
    // the usual line, tries none of the five below (each a matcher made and failed on every such line).
    int digits = 0;
    while (digits < line.length() && digits < 5 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    char after = digits < line.length() ? line.charAt(digits) : 0;
    boolean dotThenDigit = after == '.' && digits + 1 < line.length() && line.charAt(digits + 1) >= '0'
        && line.charAt(digits + 1) <= '9';
    if (digits > 0 && after == '.' && digits + 2 < line.length() && line.charAt(digits + 1) == ' '
        && Character.isDigit(line.charAt(digits + 2))) {
      Matcher sd = SPACED_DOTTED.matcher(line);
      if (sd.matches()) {
        return of(sd.group(1) + "." + sd.group(2), sd.group(3), Scheme.DOTTED, sd.group(1), Integer.parseInt(sd.group(2)));
      }
    }
    if (c == '(' && line.length() > 8 && Character.isDigit(line.charAt(1))) {
      Matcher yearDash = BRACKETED_YEAR_DASH.matcher(line);
      if (yearDash.matches()) {
        return of(yearDash.group(1) + " – " + yearDash.group(2), yearDash.group(3) == null ? "" : yearDash.group(3), Scheme.SLASH,
            yearDash.group(1) + "–", Integer.parseInt(yearDash.group(2)));
      }
    }
    if (c == '(' && line.length() > 10 && (Character.isDigit(line.charAt(1)) || line.charAt(1) == '*')) {
      Matcher filed = FILE_NUMBER.matcher(line);
      if (filed.matches()) {
        String part = filed.group(3) == null ? "" : " " + filed.group(3);
        return of(filed.group(1) + "-" + filed.group(2) + part, filed.group(4), Scheme.SLASH, filed.group(1) + "-" + part,
            Integer.parseInt(filed.group(2)));
      }
    }
    if (digits > 0 && after == '(') {
      Matcher part = BRACKETED_LETTER.matcher(line);
      if (part.matches()) {
        return of(part.group(1) + "(" + part.group(2) + ")", part.group(3), Scheme.DOTTED, part.group(1), part.group(2).charAt(0) - 'a' + 1);
      }
    }
    if (digits > 0 && after == '.' && digits + 1 < line.length() && Character.isLowerCase(line.charAt(digits + 1))
        || digits == 0 && startsWithPrefix(line)) {
      Matcher part = DOT_LETTER.matcher(line);
      if (part.matches()) {
        return of(part.group(1) + "." + part.group(2), part.group(3), Scheme.DOTTED, part.group(1), part.group(2).charAt(0) - 'a' + 1);
      }
    }
    Matcher yearBody = digits == 2 && after == '.' ? YEAR_BODY_NUMBER.matcher(line) : null;
    if (yearBody != null && yearBody.matches()) {
      // "15.C.74   APOLOGIES": the municipal year, the body's letter, the minute's number through the year
      String family = yearBody.group(1) + "." + yearBody.group(2) + ".";
      return of(family + yearBody.group(3), yearBody.group(4), Scheme.SLASH, family, Integer.parseInt(yearBody.group(3)));
    }
    boolean spacedSlash = digits == 4 && after == ' ' && digits + 1 < line.length() && line.charAt(digits + 1) == '/'; // "2017 / 22"
    boolean letterSlash = digits > 0 && after >= 'a' && after <= 'z' && digits + 1 < line.length() && line.charAt(digits + 1) == '/'; // "41a/19"
    boolean dateSlash = digits == 5 && line.length() > 7 && Character.isDigit(after) && line.charAt(6) == '/'; // "160117/1" (digits counts to 5)
    if (digits > 0 && (dotThenDigit || after == '/' || after == '-' || spacedSlash || letterSlash || dateSlash)) {
      Matcher d = dotThenDigit ? DOTTED.matcher(line) : null;
      if (d != null && d.matches() && !d.group(1).contains("..")) {
        String number = d.group(1) + "." + d.group(2);
        if (d.group(2).matches("0{1,2}") && d.group(1).indexOf('.') < 0 && !d.group(1).matches("0+")) {
          // "2.0 Matters arising": the section's own number, its parts "2.1", "2.2" under it
          return of(number, d.group(3), Scheme.PLAIN, "", Integer.parseInt(d.group(1)));
        }
        return of(number, d.group(3), Scheme.DOTTED, d.group(1), Integer.parseInt(d.group(2)));
      }
      Matcher yearDot = dotThenDigit && digits == 2 ? YEAR_DOT_NUMBER.matcher(line) : null;
      if (yearDot != null && yearDot.matches()) {
        // "13.148. Apologies: ...": the year, then the minute's number through it (a Manx parish's)
        return of(yearDot.group(1) + "." + yearDot.group(2), yearDot.group(3), Scheme.SLASH, yearDot.group(1) + ".",
            Integer.parseInt(yearDot.group(2)));
      }
      Matcher dotYear = dotThenDigit && digits >= 3 ? NUMBER_DOT_YEAR.matcher(line) : null;
      if (dotYear != null && dotYear.matches()) {
        // "156.21 Receive apologies": the council's 156th minute of 2021, its year after a stop
        return of(dotYear.group(1) + "." + dotYear.group(2), dotYear.group(3), Scheme.SLASH, "." + dotYear.group(2),
            Integer.parseInt(dotYear.group(1)));
      }
      Matcher dotMonth = dotThenDigit && digits <= 2 ? ORDINAL_DOT_MONTH.matcher(line) : null;
      if (dotMonth != null && dotMonth.matches()) {
        return of(dotMonth.group(1) + "." + dotMonth.group(2), dotMonth.group(3), Scheme.SLASH, "." + dotMonth.group(2),
            Integer.parseInt(dotMonth.group(1)));
      }
      Matcher part = after == '-' ? DASH_LETTER.matcher(line) : null;
      if (part != null && part.matches()) {
        return of(part.group(1) + "-" + part.group(2), part.group(3) == null ? "" : part.group(3), Scheme.DOTTED, part.group(1),
            part.group(2).charAt(0) - 'A' + 1);
      }
      Matcher full = FULL_YEAR_SLASH.matcher(line);
      if (full.matches()) {
        return of(full.group(1) + "/" + full.group(2), full.group(3), Scheme.SLASH, full.group(1) + "/",
            Integer.parseInt(full.group(2)));
      }
      Matcher yearDash = after == '-' ? NUMBER_YEAR_DASH.matcher(line) : null;
      if (yearDash != null && yearDash.matches()) {
        // "190-2019 - Appointment of the Chairman ...": the minute's number through the year, then the year in full
        return of(yearDash.group(1) + "-" + yearDash.group(2), yearDash.group(3), Scheme.SLASH, "-" + yearDash.group(2),
            Integer.parseInt(yearDash.group(1)));
      }
      Matcher dashYear = NUMBER_DASH_YEAR.matcher(line);
      if (dashYear.matches()) {
        return of(dashYear.group(1) + "-" + dashYear.group(2), dashYear.group(3), Scheme.SLASH, dashYear.group(2),
            Integer.parseInt(dashYear.group(1)));
      }
      Matcher clause = after == '-' ? CLAUSE_DASH_YEAR.matcher(line) : null;
      if (clause != null && clause.matches()) {
        return of(clause.group(1) + "-" + clause.group(2), clause.group(3), Scheme.SLASH, clause.group(2),
            Integer.parseInt(clause.group(1)));
      }
      Matcher s = SLASH.matcher(line);
      if (s.matches()) {
        return of(s.group(1) + "/" + s.group(2), s.group(3), Scheme.SLASH, s.group(2), Integer.parseInt(s.group(1).replaceAll("\\D", "")));
      }
      Matcher dated = dateSlash ? DATE_SLASH_NUMBER.matcher(line) : null;
      if (dated != null && dated.matches()) {
        return of(dated.group(1) + "/" + dated.group(2), dated.group(3), Scheme.SLASH, dated.group(1) + "/", Integer.parseInt(dated.group(2)));
      }
      Matcher body = after == '/' ? NUMBER_BODY_YEAR.matcher(line) : null;
      if (body != null && body.matches()) {
        String family = "/" + body.group(2) + "/" + body.group(3);
        return of(body.group(1) + family, body.group(4), Scheme.SLASH, family, Integer.parseInt(body.group(1)));
      }
      Matcher meeting = after == '/' ? MEETING_DATED.matcher(line) : null;
      if (meeting != null && meeting.matches()) {
        return of(meeting.group(1) + "-" + meeting.group(2), meeting.group(3), Scheme.SLASH, meeting.group(1),
            Integer.parseInt(meeting.group(2)));
      }
      Matcher ymm = after == '/' ? YEAR_MEETING_MINUTE.matcher(line) : null;
      if (ymm != null && ymm.matches()) {
        String family = ymm.group(1) + "/" + ymm.group(2) + ":";
        return of(family + ymm.group(3), ymm.group(4), Scheme.SLASH, family, Integer.parseInt(ymm.group(3)));
      }
      Matcher nmy = after == '/' && digits >= 3 ? NUMBER_MONTH_YEAR.matcher(line) : null;
      if (nmy != null && nmy.matches()) {
        return of(nmy.group(1) + "/" + nmy.group(2), nmy.group(3), Scheme.SLASH, "/" + nmy.group(2), Integer.parseInt(nmy.group(1)));
      }
      Matcher small = after == '/' || dotThenDigit && line.indexOf('/') > 0 ? SMALL_NUMBER_MONTH_YEAR.matcher(line) : null;
      if (small != null && small.matches() && (small.group(2) != null || Lines.upperShare(small.group(4)) > 0.9)) {
        String family = "/" + small.group(3);
        return small.group(2) == null
            ? of(small.group(1) + family, small.group(4), Scheme.SLASH, family, Integer.parseInt(small.group(1)))
            : of(small.group(1) + "." + small.group(2) + family, small.group(4), Scheme.DOTTED, small.group(1) + family,
                Integer.parseInt(small.group(2)));
      }
      Matcher ym = after == '/' ? YEAR_MONTH_NUMBER.matcher(line) : null;
      if (ym != null && ym.matches()) {
        return of(ym.group(1) + "/" + ym.group(2) + "/" + ym.group(3), ym.group(4), Scheme.SLASH, ym.group(1) + "/",
            Integer.parseInt(ym.group(3)));
      }
      Matcher y = YEAR_SLASH.matcher(line);
      if (y.matches()) {
        return of(y.group(1) + "/" + y.group(2), y.group(3), Scheme.SLASH, y.group(1) + "/", Integer.parseInt(y.group(2)));
      }
    }
    if (digits == 0 && line.indexOf('/') > 0 && startsWithPrefix(line)) {
      Matcher s = SLASH.matcher(line); // "Minute No. 84/13": the word, then the number through the year
      if (s.matches()) {
        return of(s.group(1) + "/" + s.group(2), s.group(3), Scheme.SLASH, s.group(2), Integer.parseInt(s.group(1).replaceAll("\\D", "")));
      }
    }
    Matcher p = Character.isDigit(c) || c == '(' || startsWithPrefix(line) ? PLAIN.matcher(line) : null;
    if (p != null && p.matches() && (Character.isDigit(c) || c == '(' || Character.isLetter(c))) {
      String rest = p.group(3);
      boolean prefixed = !Character.isDigit(c) && c != '(';
      if (c == '(' && !line.matches("^\\(\\d{1,3}[a-z]?\\).*")) {
        return Optional.empty();
      }
      int end = p.end(2) < 0 ? p.end(1) : p.end(2);
      boolean bare = end < line.length() && line.charAt(end) == ' '; // not "4a" ending the line
      if (!prefixed && bare && QUANTITY.matcher(rest).lookingAt()) {
        return Optional.empty();
      }
      String number = p.group(1) + (p.group(2) == null ? "" : p.group(2));
      // "Item 4" and "4." are two lists: a notice's "AGENDA ITEM NO. 10 SHALL BE LAID OVER" is no
      // step in a list of "9.", "10.", and a stamped "Agenda Item 4" none in a list of minutes.
      return of(number, rest, Scheme.PLAIN, prefixed ? "item" : "", Integer.parseInt(p.group(1)));
    }
    if (digits == 5 && after == ' ') {
      Matcher five = FIVE_DIGITS_DASH.matcher(line);
      if (five.matches() && Lines.upperShare(five.group(2)) >= 0.8) {
        return of(five.group(1), five.group(2), Scheme.PLAIN, "", Integer.parseInt(five.group(1)));
      }
      Matcher running = FIVE_DIGITS_TITLE.matcher(line);
      if (running.matches()) {
        // "18617 Code of Conduct/Declaration of Interest. The location ...": a Welsh town council's running minute number
        return of(running.group(1), running.group(2), Scheme.PLAIN, "", Integer.parseInt(running.group(1)));
      }
    }
    if (digits == 4 && after == ' ') {
      Matcher four = FOUR_DIGITS.matcher(line);
      if (four.matches() && !year(four.group(1)) && (Lines.upperShare(four.group(2)) >= 0.8 || four.group(2).endsWith(".")
          || HeadingText.of(four.group(2)) != HeadingText.Strength.NONE && !ROAD_WORD.matcher(four.group(2)).find())) {
        // "1435     Matters arising.": a running number before a heading in capitals or a sentence, not an address;
        // "5423         Minutes of the last meeting" in title case, not "1685 Crosstown Boulevard"
        return of(four.group(1), four.group(2), Scheme.PLAIN, "", Integer.parseInt(four.group(1)));
      }
    }
    if (digits == 4 && (after == '.' || after == ':') && digits + 1 < line.length() && line.charAt(digits + 1) == ' ') {
      Matcher four = FOUR_DIGITS_STOP.matcher(line);
      if (four.matches() && (!year(four.group(1))
          || after == '.' && Lines.upperShare(four.group(2)) >= 0.8 && HeadingText.of(four.group(2)) == HeadingText.Strength.STRONG)) {
        // "1430.    Apologies for absence were received from ...": a Welsh town council's running minute number; "2037.
        // APOLOGIES", one that has reached the figures of a year, before a heading in capitals
        return of(four.group(1), four.group(2), Scheme.PLAIN, "", Integer.parseInt(four.group(1)));
      }
    }
    int firstSlash = line.indexOf('/');
    if (firstSlash > 0 && firstSlash <= 6 && (Character.isDigit(c) || Character.isUpperCase(c))) {
      Matcher meetingMinute = MEETING_PATH.matcher(line);
      if (meetingMinute.matches()) {
        // "C18/05/02/01     TO CHOOSE A PERSON TO PRESIDE ...": the body's letter, year, month and meeting, then the minute
        String family = meetingMinute.group(1) + "/";
        return of(family + meetingMinute.group(2), meetingMinute.group(3), Scheme.SLASH, family, Integer.parseInt(meetingMinute.group(2)));
      }
    }
    if (Character.isUpperCase(c)) {
      Matcher motion = MOTION_NUMBER.matcher(line);
      if (motion.matches()) {
        return of(motion.group(1) + "." + motion.group(2), motion.group(3), Scheme.DOTTED, "motion|" + motion.group(1),
            Integer.parseInt(motion.group(2)));
      }
      Matcher ref = COMMITTEE_REFERENCE.matcher(line);
      if (ref.matches()) {
        return of(ref.group(1) + " " + ref.group(2) + "/" + ref.group(3), ref.group(4), Scheme.SLASH,
            ref.group(1) + "|" + ref.group(3), Integer.parseInt(ref.group(2)));
      }
      Matcher yearFirst = COMMITTEE_YEAR_FIRST.matcher(line);
      if (yearFirst.matches()) {
        return of(yearFirst.group(1) + " " + yearFirst.group(2) + "/" + yearFirst.group(3), yearFirst.group(4), Scheme.SLASH,
            yearFirst.group(1) + "|" + yearFirst.group(2), Integer.parseInt(yearFirst.group(3)));
      }
      Matcher dated = DATED_REFERENCE.matcher(line);
      if (dated.matches()) {
        return of(dated.group(1) + "/" + dated.group(2) + "/" + dated.group(3), dated.group(4), Scheme.SLASH,
            dated.group(1) + "|" + dated.group(3).substring(dated.group(3).indexOf('/') + 1), Integer.parseInt(dated.group(2)));
      }
      Matcher meeting = line.indexOf('/') > 0 ? MEETING_REFERENCE.matcher(line) : null;
      if (meeting != null && meeting.matches()) {
        return of(meeting.group(1) + "." + meeting.group(2), meeting.group(3), Scheme.SLASH, meeting.group(1) + ".",
            Integer.parseInt(meeting.group(2)));
      }
      Matcher part = line.indexOf('(') > 0 ? LETTERED_PART.matcher(line) : null;
      if (part != null && part.matches()) {
        return of(part.group(1) + part.group(2) + "(" + part.group(3) + ")", part.group(4), Scheme.DOTTED, part.group(1) + part.group(2),
            part.group(3).charAt(0) - 'a' + 1);
      }
      Matcher l = LETTERED.matcher(line);
      if (l.matches()) {
        String tail = l.group(3);
        String number = line.substring(0, l.end(3)).strip();
        // "FC25/001": the year, then the minute's number through it, in three digits
        int ordinal = tail.matches("/\\d{3}") && l.group(2).length() == 2 ? Integer.parseInt(tail.substring(1)) : Integer.parseInt(l.group(2));
        return of(number, l.group(4), Scheme.LETTERED, l.group(1) + "|" + tail.replaceAll("\\d", "#")
            + (tail.startsWith(".") ? tail : ""), ordinal);
      }
    }
    if (c == 'I' || c == 'V' || c == 'X' || c == 'i' || c == 'v' || c == 'x' || c == '(') {
      Matcher r = ROMAN.matcher(line);
      if (r.matches()) {
        boolean lower = Character.isLowerCase(r.group(1).charAt(0));
        if (r.group(2).isEmpty() && (lower || Lines.upperShare(r.group(3)) < 0.75 && !titled(r.group(3)))) {
          return Optional.empty(); // "I also wish ...": a pronoun, not item I
        }
        int value = roman(r.group(1).toUpperCase(Locale.ROOT));
        return value <= 0 ? Optional.empty()
            : of(r.group(1), r.group(3), Scheme.ROMAN, lower ? "lower" : "upper", value);
      }
    }
    Matcher letter = LETTER.matcher(line);
    if (letter.matches()) {
      return of(letter.group(1), letter.group(2), Scheme.LETTER, "letter", letter.group(1).charAt(0) - 'A' + 1);
    }
    Matcher glued = GLUED.matcher(line);
    if (Character.isDigit(c) && glued.matches()) {
      return of(glued.group(1), glued.group(2), Scheme.PLAIN, "", Integer.parseInt(glued.group(1)));
    }
    return Optional.empty();
  }

  /**
   * A motion numbered by the meeting's date: {@code MOTION 140617.01 Minutes Annual Session May 20, 2014} (the first
   * motion of 17 June 2014, a Nova Scotia council's minutes).
   */
  private static final Pattern MOTION_NUMBER = Pattern.compile("^(?:MOTION|Motion)\\s+(\\d{6,8})\\.(\\d{1,3})\\s+(\\S.*)$");

  /**
   * A committee's minute reference, then the agenda's number: {@code CD&E 022/22 1. APOLOGIES FOR ABSENCE.} (minute
   * 22 of 2022 of the Community Development and Environment committee, agenda item 1).
   */
  private static final Pattern COMMITTEE_REFERENCE = Pattern.compile(
      "^([A-Z][A-Z&]{1,5})\\s+(\\d{1,4})/(\\d{2}|\\d{4})(?:\\s+\\d{1,3}[.)])?\\s+(\\S.*)$");
  /** A body's letters, the year, then the minute's number through the year: {@code MDC 21/941 MEETING OPENING} (a New Zealand district's). */
  private static final Pattern COMMITTEE_YEAR_FIRST = Pattern.compile("^([A-Z][A-Z&]{1,5})\\s+(\\d{2})/(\\d{3,4})\\s+(\\S.*)$");

  /**
   * A committee's minute reference with the month and year of its meeting: {@code AGc/46/02/19 Apologies for Absence}
   * (minute 46 of the Accounts and Governance committee, February 2019).
   */
  private static final Pattern DATED_REFERENCE = Pattern.compile(
      "^([A-Z][A-Za-z&]{0,5})/(\\d{1,4})/(\\d{1,2}/(?:\\d{2}|\\d{4}))\\s+(\\S.*)$");
  /**
   * A meeting's reference, its month and year, then the minute's ordinal: {@code MH05/17.1: Apologies: Cllr K. Griffin}
   * (the first minute of the meeting of May 2017, a Devon parish's).
   */
  private static final Pattern MEETING_REFERENCE = Pattern.compile("^([A-Z]{1,4}(?:0?[1-9]|1[0-2])/\\d{2})\\.(\\d{1,2})[:.]?\\s+(\\S.*)$");

  /** A number glued to a heading in capitals or a capitalised word: {@code 37.PRESENT Councillors: ...}, {@code 40.TO RECEIVE ...}. */
  private static final Pattern GLUED = Pattern.compile("^(\\d{1,3})\\.(?=\\p{Lu}{2,}\\b|\\p{Lu}\\p{Ll}{2,}\\b)(\\S.*)$");

  /** Whether the line can open with a {@link #PREFIX} word ("Item", "Agenda item", "Minute", "No.", "Min"). */
  private static boolean startsWithPrefix(String line) {
    return line.regionMatches(true, 0, "item", 0, 4) || line.regionMatches(true, 0, "agenda", 0, 6)
        || line.regionMatches(true, 0, "min", 0, 3) || line.regionMatches(true, 0, "no.", 0, 3);
  }

  private static Optional<ItemNumber> of(String number, String rest, Scheme scheme, String family, int ordinal) {
    return Optional.of(new ItemNumber(number, rest.strip(), scheme, family, ordinal));
  }

  /**
   * A cheap look at the line's start before the patterns: a digit or bracket, a prefix word
   * ("Item", "Minute", "No."), letters then a digit ({@code C1850}), or a roman numeral.
   */
  private static boolean mayOpenWithNumber(String line) {
    char c = line.charAt(0);
    if (Character.isDigit(c) || c == '(') {
      return true;
    }
    if (c == 'I' || c == 'V' || c == 'X' || c == 'i' || c == 'v' || c == 'x') {
      return true;
    }
    if (line.length() > 2 && Character.isUpperCase(c) && (line.charAt(1) == '.' || line.charAt(1) == ')') && line.charAt(2) == ' ') {
      return true;
    }
    for (int i = 1; i < Math.min(line.length(), 6); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    String start = line.length() > 6 ? line.substring(0, 6).toLowerCase(java.util.Locale.ROOT) : line.toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("item") || start.startsWith("agenda") || start.startsWith("minute") || start.startsWith("min")
        || start.startsWith("no") || start.startsWith("motion") && line.length() > 8 && Character.isDigit(line.charAt(7));
  }

  /** Whether {@code next} is the number after this one in the same list. */
  boolean isFollowedBy(ItemNumber next, int step) {
    return scheme == next.scheme && family.equals(next.family) && next.ordinal == ordinal + step;
  }

  /**
   * A short title with each word capitalised, which a roman numeral with no stop may number: {@code IV      Officer Election},
   * {@code I      Call To Order} (a fire district's minutes); not {@code I Would} ... (two words at least, no stop), nor names.
   */
  private static boolean titled(String title) {
    String[] words = title.strip().split("\\s+");
    return words.length >= 2 && words.length <= TITLED_WORDS && !title.strip().endsWith(".") && HeadingText.titleCase(words)
        && Character.isUpperCase(title.strip().codePointAt(0)) && !INITIAL.matcher(title).find();
  }

  /** A lone capital, a person's initial: {@code V M Evans   E J King} is a table of names, not item V. */
  private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}\\.?(?![\\p{L}'’])");

  private static final int TITLED_WORDS = 8;

  /** The value of a roman numeral written the usual way, or 0 when it is not one. */
  static int roman(String s) {
    int total = 0;
    int previous = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        default -> 0;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return toRoman(total).equals(s) ? total : 0;
  }

  private static String toRoman(int n) {
    String[] tens = {"", "X", "XX", "XXX"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return n <= 0 || n >= 40 ? "" : tens[n / 10] + ones[n % 10];
  }
}
