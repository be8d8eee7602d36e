package org.agendasearch.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text as councils print them, artefacts of extraction included.
 *
 * <ul>
 *   <li>{@code Thursday 26 February 2015}, {@code 26 th February 2015}, {@code 26th Feb 2015}, {@code 15thMay 2019}
 *   <li>{@code 26 FEBRUA RY 2015} (a word split by the PDF's layout)
 *   <li>{@code January 27, 2020}, {@code OCTOBER 16, 2012}, {@code 3rd of March 2021}, {@code February the 6th 2018}
 *   <li>{@code 15/09/2020}, {@code 3.3.2021}, {@code 2020-09-15}: numbers day first, unless the
 *       caller knows from the document's own dates that it writes the month first
 * </ul>
 */
final class Dates {

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  /**
   * Day, optional ordinal, month letters possibly split by spaces, four-digit year. A second month
   * name left in by a slip of editing is passed over: {@code Thursday 4th June March 2020} is 4 June; a deed's
   * {@code this 8th day of June, 2011 A.D.} is 8 June; {@code held at Aras an Chontae, on26th October 2017} (the space
   * lost after "on") is 26 October, and so is {@code FRIDAY19TH JUNE 2015} 19 June; {@code Wednesday 24th, May, 2017}, commas after the day, is 24 May; a month written
   * twice, once for each language, {@code 13 May / May 2021} (a Welsh council's), is 13 May; in Welsh, {@code 27ain Chwefror,
   * 2020} is 27 February and {@code 27ain o Ionawr 2021} 27 January.
   */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)(?:\\b|(?<=\\bon)|(?<=day))([0-3]?\\d)\\s*(?:(?:st|nd|rd|th|af|il|ydd|ed|fed|ain|eg),?\\s*|,?\\s+)(?:day\\s+of\\s+|of\\s+|o\\s+)?((?:[a-z]\\s?){3,10}?)\\.?,?"
      + "(?:\\s*(?:/\\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december))?\\s+((?:19|20)\\d\\d)\\b");
  /**
   * {@code January 27, 2020}, {@code Oct. 16 2012}, {@code February the 6th 2018}, {@code November 16,2020} (the space lost after
   * the comma), {@code April 4 th , 2016} (a superscript's letters set apart).
   */
  static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
      + "|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(?:the\\s+)?([0-3]?\\d)(?:\\s?(?:st|nd|rd|th))?(?:\\s*,\\s*|\\s+)((?:19|20)\\d\\d)\\b");
  /** {@code 3.3.2021}, {@code 25/10/2023}, {@code 07/20/2021} (the second number over 12: month first whatever the document says). */
  private static final Pattern NUMERIC = Pattern.compile("\\b([0-3]?\\d)([/.])([0-3]?\\d)\\2((?:19|20)\\d\\d)\\b");
  /**
   * {@code Community Council Minutes 17/10/11}: day, month and a two-figure year (or month first, {@code 03/24/03}), slashes or
   * full stops between, not a reference's part ({@code Minute 17/10/11/2}); read last, when no other form is in the text.
   */
  private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile(
      "(?<![\\d/.])([0-3]?\\d)([/.])([0-3]?\\d)\\2(\\d\\d)(?![\\d/.]\\d|\\d)");
  /** {@code 2018 December 03}, {@code Monday, 2018 December 03}: the year first, then the month's name and the day (Burnaby). */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?i)\\b((?:19|20)\\d\\d)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\s+([0-3]?\\d)\\b");
  /** Whether a year of this century or the last is followed by a space and a letter: the cheap look before {@link #YEAR_MONTH_DAY}. */
  private static boolean yearThenWord(String text) {
    for (int i = text.indexOf(' ', 4); i >= 4 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
      char c = text.charAt(i - 4);
      if ((c == '1' || c == '2') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i - 2))
          && Character.isDigit(text.charAt(i - 3)) && Character.isLetter(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code 2008-07-22}, and with spaces, {@code TUESDAY, 2008 07 22} (an Alberta county's): year, month, day, two figures each;
   * not with spaces before words ({@code 2022 12 12 ITEM NO 7}, a file's name in an agenda's links).
   */
  private static final Pattern ISO = Pattern.compile(
      "\\b((?:19|20)\\d\\d)-([01]\\d)-([0-3]\\d)\\b|\\b((?:19|20)\\d\\d) ([01]\\d) ([0-3]\\d)\\b(?![ \\t]*\\p{L})");

  /** The months in Welsh, as a Welsh council's papers date themselves: {@code Dydd Iau, 27ain Chwefror, 2020}. */
  private static final List<String> WELSH_MONTHS = List.of("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin",
      "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr");
  /**
   * The same after "o" (of), softly mutated, as a Welsh community council writes {@code y 27ain o Ionawr 2021} and {@code y
   * 9fed o Ragfyr}: {@code Fawrth}, {@code Fai}, {@code Fehefin}, {@code Orffennaf}, {@code Fedi}, {@code Dachwedd}, {@code
   * Ragfyr} (the rest do not change).
   */
  private static final List<String> WELSH_MONTHS_MUTATED = List.of("ionawr", "chwefror", "fawrth", "ebrill", "fai", "fehefin",
      "orffennaf", "awst", "fedi", "hydref", "dachwedd", "ragfyr");

  private Dates() {}

  /** The first date in the text, if any, numbers read day first. */
  static Optional<LocalDate> find(String text) {
    return find(text, false);
  }

  /**
   * The first date in the text, if any: the earliest of the written forms, then ISO, then
   * numbers ({@code monthFirst} for a document that writes {@code 10/25/2023}).
   */
  static Optional<LocalDate> find(String text, boolean monthFirst) {
    if (text == null) {
      return Optional.empty();
    }
    int bestAt = Integer.MAX_VALUE;
    Optional<LocalDate> best = Optional.empty();
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      int month = month(m.group(2));
      if (month > 0) {
        Optional<LocalDate> d = date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    Matcher md = MONTH_DAY_YEAR.matcher(text);
    while (md.find() && md.start() < bestAt) {
      Optional<LocalDate> d = date(Integer.parseInt(md.group(3)), month(md.group(1)), Integer.parseInt(md.group(2)));
      if (d.isPresent()) {
        best = d;
        bestAt = md.start();
        break;
      }
    }
    Matcher ymd = yearThenWord(text) ? YEAR_MONTH_DAY.matcher(text) : null;
    while (ymd != null && ymd.find() && ymd.start() < bestAt) {
      Optional<LocalDate> d = date(Integer.parseInt(ymd.group(1)), month(ymd.group(2)), Integer.parseInt(ymd.group(3)));
      if (d.isPresent()) {
        best = d;
        break;
      }
    }
    if (best.isPresent()) {
      return best;
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      int g = iso.group(1) != null ? 1 : 4;
      return date(Integer.parseInt(iso.group(g)), Integer.parseInt(iso.group(g + 1)), Integer.parseInt(iso.group(g + 2)));
    }
    Matcher num = NUMERIC.matcher(text);
    if (num.find()) {
      return numeric(Integer.parseInt(num.group(4)), Integer.parseInt(num.group(1)), Integer.parseInt(num.group(3)), monthFirst);
    }
    return WordDates.find(text); // "HELD THE FIFTH DAY OF MARCH IN THE YEAR TWO THOUSAND AND NINE"
  }

  /**
   * Whether a document writes its dates month first: more {@code January 27, 2020} than
   * {@code 27 January 2020} in its text.
   */
  static boolean monthFirst(String text) {
    int md = 0;
    int dm = 0;
    Matcher a = MONTH_DAY_YEAR.matcher(text);
    while (a.find() && md < 50) {
      md++;
    }
    Matcher b = DAY_MONTH_YEAR.matcher(text);
    while (b.find() && dm < 50) {
      if (month(b.group(2)) > 0) {
        dm++;
      }
    }
    // a date or two in words month first ("February 22nd, 2023") against the pound, the euro or "Cllr", which British and Irish
    // councils write (a Welsh community council's "12/04/23" is 12 April): the country's order wins a close count
    return md > dm && !(md - dm <= CLOSE_COUNT && DAY_FIRST_COUNTRY.matcher(text).find());
  }

  /** A difference in counts of dates in words too small to outweigh the country's cue. */
  private static final int CLOSE_COUNT = 2;
  /** What British and Irish councils' papers print and North American ones do not: {@code £}, {@code €}, {@code Cllr}. */
  private static final Pattern DAY_FIRST_COUNTRY = Pattern.compile("[£€]|\\bCllrs?\\b");

  /** {@code June 6, 530pm}: a month and a day with no year after them. */
  private static final Pattern MONTH_DAY_ALONE = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+([0-3]?\\d)(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*(?:19|20)\\d\\d\\b)");
  /** {@code on We 26 Oct at 7:30pm}: a day and a month with no year after them. */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)\\b([0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?!\\s*,?\\s*(?:19|20)?\\d\\d\\b)");

  /** The day and month of the first date written without its year ({@code We 26 Oct}, {@code June 6}); null if none. */
  private static int[] dayAndMonth(String text) {
    Matcher m = DAY_MONTH.matcher(text);
    Matcher md = MONTH_DAY_ALONE.matcher(text);
    boolean dayFirst = m.find();
    if (!dayFirst && !md.find()) {
      return null;
    }
    return new int[] {Integer.parseInt(dayFirst ? m.group(1) : md.group(2)), dayFirst ? month(m.group(2)) : month(md.group(1))};
  }

  /**
   * A date written without its year ({@code Agenda for meeting of MSCC on We 26 Oct}), read as
   * the first such day on or after {@code after} (the document's own date, say when it was posted).
   */
  static Optional<LocalDate> withoutYear(String text, LocalDate after) {
    int[] dayMonth = after == null ? null : dayAndMonth(text);
    if (dayMonth == null) {
      return Optional.empty();
    }
    int day = dayMonth[0];
    int month = dayMonth[1];
    Optional<LocalDate> d = date(after.getYear(), month, day);
    if (d.isPresent() && d.get().isBefore(after)) {
      d = date(after.getYear() + 1, month, day);
    }
    return d;
  }

  /**
   * A date written without its year whose year a short numeric date in the same text gives, day and month agreeing:
   * {@code Community Council Minutes 17/10/11} / {@code ... held on Monday 17th October at 7.30pm} is 17 October 2011
   * (a short date alone is too often a reference's part to be read: {@code [PW 10/11/23; CC 10/25/23]}).
   */
  static Optional<LocalDate> yearFromShortDate(String text) {
    int[] dayMonth = dayAndMonth(text);
    if (dayMonth == null) {
      return Optional.empty();
    }
    int day = dayMonth[0];
    int month = dayMonth[1];
    Matcher shortYear = NUMERIC_SHORT_YEAR.matcher(text);
    while (shortYear.find()) {
      int a = Integer.parseInt(shortYear.group(1));
      int b = Integer.parseInt(shortYear.group(3));
      if (a == day && b == month || a == month && b == day) {
        return date(2000 + Integer.parseInt(shortYear.group(4)), month, day);
      }
    }
    return Optional.empty();
  }

  /**
   * A short numeric date, read as a title's date only ({@code Selectmen’s Minutes 02.16.21}: 16 February 2021, the second
   * number over 12 putting the month first); empty if there is none.
   */
  static Optional<LocalDate> shortDate(String text, boolean monthFirst) {
    Matcher shortYear = NUMERIC_SHORT_YEAR.matcher(text);
    if (!shortYear.find()) {
      return Optional.empty();
    }
    return numeric(2000 + Integer.parseInt(shortYear.group(4)), Integer.parseInt(shortYear.group(1)),
        Integer.parseInt(shortYear.group(3)), monthFirst);
  }

  /** Numbers {@code a} and {@code b} of a numeric date, day first unless the second is over 12 or the document writes month first. */
  private static Optional<LocalDate> numeric(int year, int a, int b, boolean monthFirst) {
    boolean swap = a > 12 ? false : b > 12 || monthFirst;
    return swap ? date(year, a, b) : date(year, b, a);
  }

  /** Month number for a full or three-letter name, spaces inside ignored ("FEBRUA RY"); 0 if none. */
  static int month(String word) {
    String w = word.replace(" ", "").replace(".", "").toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return 0;
    }
    int welsh = WELSH_MONTHS.indexOf(w);
    if (welsh < 0) {
      welsh = WELSH_MONTHS_MUTATED.indexOf(w);
    }
    if (welsh >= 0) {
      return welsh + 1;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(w) || (w.length() == 3 && MONTHS[i].startsWith(w)) || (w.equals("sept") && i == 8)
          || (w.equals("june") && i == 5) || (w.equals("july") && i == 6)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
