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
 * </pre>
 */
final class TitleLines {

  private static final Pattern JOINING_END = Pattern.compile(
      "(?i).*(?:\\b(?:and|of|for|the|to|in|on|with|a|an|or|by|from|at|this|that|these|those|its|their|our)|[,&/(\\-–])$");
  /** A lettered or numbered part: {@code (a) APPLICATIONS FOR PERMITS}. */
  private static final Pattern PART = Pattern.compile("^\\(?[a-z0-9ivx]{1,3}\\)\\s");
  private static final Pattern REFERENCE = Pattern.compile("(?i)^\\(\\s*(?:agenda\\s+)?item\\s+\\d{1,3}[a-z]?\\s*\\)$");
  private static final Pattern HEAD_COLON = Pattern.compile("^([^:]{2,70}):\\s*(.*)$");
  private static final Pattern FINISHED = Pattern.compile(".*[.?!:;)\\]]$");
  private static final int MAX_LINES = 4;

  private TitleLines() {}

  /**
   * Appends to {@code title} the lines from {@code at[0]} (before {@code to}) that carry it on,
   * moving {@code at[0]} past them; returns the text after the title on its last line, or "".
   */
  static String extend(StringBuilder title, List<Line> lines, int[] at, int to, HeadingText.Strength strength,
      int wrapWidth) {
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
      if (ItemNumber.parse(line).isPresent() || DecisionStart.at(line).isPresent() || ResolutionParser.endsMinutes(line)) {
        return "";
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
      if (FINISHED.matcher(t).matches()) {
        return "";
      }
      boolean joining = JOINING_END.matcher(t).matches();
      Matcher colon = HEAD_COLON.matcher(line);
      if (colon.matches() && joining && !colon.group(1).contains(".")) {
        title.append(' ').append(colon.group(1).strip());
        at[0]++;
        return colon.group(2).strip();
      }
      boolean lowerStart = Character.isLowerCase(line.codePointAt(0));
      String lastLine = at[0] > 0 ? lines.get(at[0] - 1).text() : t;
      boolean wrapped = strength == HeadingText.Strength.SENTENCE && lastLine.length() >= wrapWidth;
      if (lowerStart || joining || wrapped) {
        title.append(' ').append(line);
        at[0]++;
        continue;
      }
      return "";
    }
    return "";
  }

  /** Whether a title is in capitals. */
  static boolean capitals(String title) {
    return Lines.upperShare(title) >= 0.75 && title.toUpperCase(Locale.ROOT).equals(title);
  }
}
