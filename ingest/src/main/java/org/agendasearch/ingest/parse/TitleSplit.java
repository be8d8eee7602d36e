package org.agendasearch.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's title parted from what the same line says after it:
 *
 * <pre>
 * CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt Niki Gordon    capitals, then text
 * NEXT MEETING MONDAY 2 SEPTEMBER at 7 p.m. in Elderpark          capitals, then text
 * ALISON JOHNSTONE MSP. Alison has written to say she will speak  capitals to a full stop
 * Perth City Development Board - Report by Executive Director    the author of the report
 * Finance - Invoice Eden Bespoke Landscapes £ 705.25             a word or two, a dash, details
 * Correspondence – None.
 * APOLOGIES Apologies for absence were received from Councillors  one word in capitals, then a sentence
 * Apologies for absence: Mr David Mantle, Mr Paul Lindoewood      business every meeting has, then its colon
 * Declarations of Interest – PM and GW in relation to Acre field   or its dash
 * To receive Committee Reports:- Traffic Management Committee     ":-", what follows
 * Minutes - For information                                       what it is for stays in the title
 * (a) Nomination of three members to Regeneration Sub-Committee   a part's letter
 * </pre>
 *
 * @param title the title
 * @param rest what followed it on the line, or ""
 */
record TitleSplit(String title, String rest) {

  private static final Pattern CAPITALS_THEN_TEXT = Pattern.compile(
      "^((?:[\\p{Lu}\\d][\\p{Lu}\\d’'&/(),.-]*\\s+){1,}[\\p{Lu}\\d][\\p{Lu}\\d’'&/(),-]*)(?:\\s+[-–—:]|\\.)?\\s+(\\p{L}*\\p{Ll}.*\\p{Ll}.*)$");
  private static final Pattern AS_FOLLOWS = Pattern.compile("^(\\S.{2,80}?)\\s*:-\\s*(\\S.*)$");
  private static final Pattern STANDING_THEN_COLON = Pattern.compile("^([^:–—-]{3,40}?)(?:\\s*:|\\s+[-–—])\\s+(\\S.*)$");
  private static final Pattern ONE_WORD_THEN_SENTENCE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}’'&/-]{3,}):?\\s+(\\p{Lu}\\p{Ll}+[:,]?\\s+.*\\p{Ll}.*)$");
  private static final Pattern REPORT_BY = Pattern.compile("(?i)^(.{3,}?)\\s+[-–—]\\s+(report\\s+(?:by|of|from)\\b.*)$");
  private static final Pattern SHORT_DASH = Pattern.compile("^(\\p{Lu}[\\p{L}’']+)\\s+[-–—]\\s+(.+)$");
  private static final Pattern PART_LETTER = Pattern.compile("^\\(?[a-z]\\)\\s+(?=\\p{Lu})");

  /**
   * What the item is for, part of its title: {@code Minutes - For information}, {@code MATTERS ARISING for information
   * exchange only}.
   */
  private static final Pattern PURPOSE = Pattern.compile(
      "(?i)^for\\s+(?:information|noting|note|decision|approval|discussion|consideration|debate)\\b(?:\\s+\\p{L}+){0,3}\\.?$");

  static TitleSplit of(String line) {
    String t = PART_LETTER.matcher(line.strip()).replaceFirst("");
    Matcher c = CAPITALS_THEN_TEXT.matcher(t);
    if (c.matches() && PURPOSE.matcher(c.group(2)).matches()) {
      return new TitleSplit(t, "");
    }
    if (c.matches() && c.group(1).chars().filter(Character::isLetter).count() >= 4) {
      return new TitleSplit(c.group(1), c.group(2));
    }
    Matcher asFollows = AS_FOLLOWS.matcher(t);
    if (asFollows.matches() && Dates.find(asFollows.group(2)).isEmpty()) {
      return new TitleSplit(asFollows.group(1).strip(), asFollows.group(2));
    }
    Matcher colon = STANDING_THEN_COLON.matcher(t);
    if (colon.matches() && StandaloneHeading.standing(colon.group(1)) && Dates.find(colon.group(2)).isEmpty()
        && Lines.upperShare(colon.group(2)) < 0.75) {
      return new TitleSplit(colon.group(1).strip(), colon.group(2));
    }
    Matcher one = ONE_WORD_THEN_SENTENCE.matcher(t);
    if (one.matches() && !PURPOSE.matcher(one.group(2)).matches()) {
      return new TitleSplit(one.group(1), one.group(2));
    }
    Matcher r = REPORT_BY.matcher(t);
    if (r.matches()) {
      return new TitleSplit(r.group(1), r.group(2));
    }
    Matcher d = SHORT_DASH.matcher(t);
    if (d.matches() && Lines.upperShare(t) < 0.75 && Dates.find(d.group(2)).isEmpty() && !PURPOSE.matcher(d.group(2)).matches()
        && !Dates.MONTH_DAY_YEAR.matcher(d.group(2)).lookingAt() && !d.group(2).matches("(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\s+\\d.*")) {
      return new TitleSplit(d.group(1).strip(), d.group(2));
    }
    return new TitleSplit(t, "");
  }
}
