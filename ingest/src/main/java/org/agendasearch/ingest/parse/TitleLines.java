package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's title wrapped over the lines after it:
 *
 * <pre>
 * 5. COMMISSIONING INTENTIONS FOR UNIVERSAL AND EARLY       capitals go on in capitals
 * HELP SERVICES
 * 2. Continuation of the Type IV Hearing for a proposed     a sentence goes on when its line is
 * ordinance regulating tree cutting (City File 2018-01)    as long as a wrapped line
 * 85/23 Public Observations on Matters Arising and ... at this     a title goes on to its colon,
 * Meeting: There were no public observations ...                    the rest of that line is text
 * 84. Apologies                                             a short title followed by a
 * (Item 1)                                                  ModernGov item reference
 * 429/17 Submitted – Minutes of the Meeting of the ...      a title ends above the pages
 * (pages 103 to 106) copies of which had been ...           its paper is on
 * </pre>
 */
final class TitleLines {

  /** A full stop that ends no sentence: after an initial or an abbreviation ("O.S.", "Ord.", "No."). */
  private static final String NOT_AN_END = "(?<!\\b\\p{Lu}|\\b(?:No|Nos|St|Ave|Rd|Mr|Mrs|Ms|Dr|Cllr|Cr|Ord|Res|Inc|Ltd|Co|Corp|vs|v|al|etc|Sec|Hon|Rev|Dept|approx))";

  private static final Pattern JOINING_END = Pattern.compile(
      "(?i).*(?:\\b(?:and|of|for|the|to|in|on|with|a|an|or|by|from|at|this|that|these|those|its|their|our)|[,&/(\\-–])$");
  /** A lettered or numbered part: {@code (a) APPLICATIONS FOR PERMITS}. */
  private static final Pattern PART = Pattern.compile("^\\(?[a-z0-9ivx]{1,3}\\)\\s");
  private static final Pattern REFERENCE = Pattern.compile("(?i)^\\(\\s*(?:agenda\\s+)?item\\s+\\d{1,3}[a-z]?\\s*\\)$");
  private static final Pattern HEAD_COLON = Pattern.compile("^([^:]{2,70}):\\s*(.*)$");
  private static final Pattern FINISHED = Pattern.compile(".*(?:" + NOT_AN_END + "[.]|[?!:;)\\]]|:-)$");
  private static final int MAX_LINES = 4;
  /** A label opening what is said of an item: {@code Recommendation: Approve the City Council Meeting Minutes ...}. */
  private static final Pattern DESCRIPTION_LABEL = Pattern.compile(
      "^(?:Recommendations?|Recommended\\s+Actions?|Staff\\s+Recommendations?|Attachments?|Fiscal\\s+Impact|Summary|Purpose)\\s*:");
  /** A note of the pages a paper is on, opening a line: {@code (pages 103 to 106) copies of which ...}. */
  private static final Pattern PAGES_NOTE = Pattern.compile("(?i)^\\(pages?\\s+\\d");
  /** Share of the page's long lines' length from which a line counts as full (its text wrapped). */
  private static final double FULL_LINE = 0.82;
  /** A title of this many words on a full line may have wrapped whatever its case. */
  private static final int LONG_TITLE = 8;
  /** A sentence that ended on the line: a full stop and more after it, not after an initial. */
  private static final Pattern SENTENCE_ENDED = Pattern.compile(NOT_AN_END + "[.?!]\\s+\\S");
  /** A sentence that ends inside the wrapped lines, the next one starting with a capital. */
  private static final Pattern WRAPPED_SENTENCE_END = Pattern.compile(NOT_AN_END + "[.?!](?=\\s+[\\p{Lu}(“\"])");
  /** A reference after a title's last sentence: {@code ... topics. [CC 8/6/25] 25‐651‐1}. */
  private static final Pattern TRAILING_REFERENCE = Pattern.compile("(?<=[.?!])\\s+[\\[(].*$");

  /** A line that opens the minute's own account: {@code The Chairman reported that ...}, {@code Cllr Smith advised ...}. */
  private static final Pattern REPORTED = Pattern.compile(
      "^(?:The|It|Members|Councillors?|Cllrs?|Cr|Mr|Mrs|Ms|Dr)\\b[^.,;:]{0,40}?\\b(?:reported|advised|informed|explained|noted|confirmed"
      + "|stated|said|updated|presented|outlined|gave|agreed|resolved|asked|thanked|welcomed)\\b");

  private TitleLines() {}

  /**
   * Appends to {@code title} the lines from {@code at[0]} (before {@code to}) that carry it on,
   * moving {@code at[0]} past them; returns the text after the title on its last line, or "".
   */
  static String extend(StringBuilder title, List<Line> lines, int[] at, int to, HeadingText.Strength strength) {
    int own = title.length();
    String rest = wrap(title, lines, at, to, strength);
    Matcher end = WRAPPED_SENTENCE_END.matcher(title);
    if (title.length() > own && end.find(Math.max(0, own - 1)) && Lines.upperShare(title.toString()) < 0.75) {
      // "CLASS “C” – YAP, Inc., ..., 14529" / "“F” Street. New application, ...": the title is the first sentence
      String after = title.substring(end.end()).strip();
      title.setLength(end.start() + 1);
      return rest.isEmpty() ? after : after + " " + rest;
    }
    Matcher reference = TRAILING_REFERENCE.matcher(title);
    if (reference.find()) {
      title.setLength(reference.start());
    }
    return rest;
  }

  private static String wrap(StringBuilder title, List<Line> lines, int[] at, int to, HeadingText.Strength strength) {
    if (at[0] < to && REFERENCE.matcher(lines.get(at[0]).text()).matches()) {
      at[0]++;
      return "";
    }
    boolean capitals = Lines.upperShare(title.toString()) >= 0.75;
    for (int n = 0; n < MAX_LINES && at[0] < to; n++) {
      String line = lines.get(at[0]).text();
      if (REFERENCE.matcher(line).matches()) {
        at[0]++;
        return "";
      }
      if (ItemNumber.parse(line).isPresent() || DecisionStart.at(line).isPresent() || ResolutionParser.endsMinutes(line)
          || ResolutionParser.motionLabel(line)
          || PAGES_NOTE.matcher(line).lookingAt() || DESCRIPTION_LABEL.matcher(line).lookingAt()) {
        return ""; // "(pages 103 to 106) copies of which had been previously circulated": the title ended above
      }
      if (capitals) {
        if (!MinuteItemHeading.continuesTitle(line) || PART.matcher(line).lookingAt()) {
          return "";
        }
        title.append(' ').append(line);
        at[0]++;
        continue;
      }
      String t = title.toString();
      boolean clauseGoesOn = t.endsWith(";") && Character.isLowerCase(line.codePointAt(0)); // "... is hereby accepted;" / "and, the ..."
      if (FINISHED.matcher(t).matches() && !clauseGoesOn) {
        return "";
      }
      boolean joining = JOINING_END.matcher(t).matches() || clauseGoesOn;
      Matcher colon = HEAD_COLON.matcher(line);
      if (colon.matches() && joining && !colon.group(1).contains(".")) {
        title.append(' ').append(colon.group(1).strip());
        at[0]++;
        return colon.group(2).strip();
      }
      boolean lowerStart = Character.isLowerCase(line.codePointAt(0));
      String lastLine = at[0] > 0 ? lines.get(at[0] - 1).text() : t;
      // the heading's own line: its title alone, not "A.-2. 23-6792 Recognition of ...", whose "2." ends no sentence
      String lastWords = n == 0 && lastLine.endsWith(t) ? t : ItemNumber.parse(lastLine).map(ItemNumber::rest).orElse(lastLine);
      int width = wrapWidth(lines, Math.max(0, at[0] - 1));
      boolean full = lastLine.length() >= width;
      boolean wrapped = full && !SENTENCE_ENDED.matcher(lastWords).find()
          && (strength == HeadingText.Strength.SENTENCE || t.split("\\s+").length >= LONG_TITLE);
      // "1. Minutes" / "to approve as a correct record ...": a short title, then its description
      if (wrapped && !joining && REPORTED.matcher(line).lookingAt()) {
        return ""; // "... of West Burton School" / "The Chairman reported that she and the Clerk had ...": the text begins
      }
      // a title set in a narrow column beside its minute: "Minutes of" / "Council Meeting" / "held on the 8th" / "February, 2021"
      int narrow = width / 3;
      boolean column = lastLine.length() < narrow && line.length() < narrow
          && (lowerStart || Dates.find(t).isEmpty() && Dates.find(t + " " + line).isPresent());
      if (joining || wrapped || column || lowerStart && (full || strength == HeadingText.Strength.SENTENCE)) {
        title.append(' ').append(line);
        at[0]++;
        continue;
      }
      return "";
    }
    return "";
  }

  /**
   * How long a line is when the text wrapped: most of the length of the longer lines of its page
   * (their 90th percentile). A title on a line shorter than that ended there.
   */
  static int wrapWidth(List<Line> lines, int at) {
    int page = lines.get(at).page();
    int from = at;
    while (from > 0 && lines.get(from - 1).page() == page) {
      from--;
    }
    int to = at;
    while (to < lines.size() && lines.get(to).page() == page) {
      to++;
    }
    int[] lengths = lines.subList(from, to).stream().mapToInt(l -> l.text().length()).filter(n -> n >= 20).sorted().toArray();
    return lengths.length == 0 ? Integer.MAX_VALUE : (int) (lengths[(int) (lengths.length * 0.9)] * FULL_LINE);
  }

  /** Whether a title is in capitals. */
  static boolean capitals(String title) {
    return Lines.upperShare(title) >= 0.75 && title.toUpperCase(Locale.ROOT).equals(title);
  }
}
