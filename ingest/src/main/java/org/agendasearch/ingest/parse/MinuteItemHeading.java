package org.agendasearch.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered minute's heading line. Accepted forms:
 *
 * <pre>
 * 57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY
 * 4. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 19 - 24)
 * 36. Schools update RESOLVED – That:
 * </pre>
 *
 * The title must be in capitals, or share its line with a resolution; a numbered paragraph of
 * prose ("3. At the end of October 2019, the number ...") is not a heading.
 *
 * @param number the minute number as printed
 * @param title the title, page reference removed
 * @param rest what follows the title on the same line ("RESOLVED – That:"), or empty
 */
record MinuteItemHeading(String number, String title, String rest) {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*)$");
  private static final Pattern RESOLVED_INLINE = Pattern.compile("\\s(RESOLVED|Resolved)\\b\\s*(?:[:\\-–—]|that\\b|That\\b).*$");
  private static final Pattern PAGES = Pattern.compile("(?i)\\s*\\(pages?\\s+\\d+(?:\\s*[-–]\\s*\\d+)?\\)\\s*");
  static final double CAPITALS = 0.75;

  static Optional<MinuteItemHeading> parse(String line) {
    Matcher m = NUMBERED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String body = m.group(2);
    String rest = "";
    Matcher r = RESOLVED_INLINE.matcher(body);
    if (r.find()) {
      rest = body.substring(r.start()).strip();
      body = body.substring(0, r.start());
    }
    String title = PAGES.matcher(body).replaceAll(" ").strip();
    if (title.isEmpty() || !Character.isLetter(title.codePointAt(0))) {
      return Optional.empty();
    }
    if (rest.isEmpty() && Lines.upperShare(title) < CAPITALS) {
      return Optional.empty();
    }
    return Optional.of(new MinuteItemHeading(m.group(1), title, rest));
  }

  /** A line that carries on a wrapped heading: all capitals and not itself numbered. */
  static boolean continuesTitle(String line) {
    return Lines.upperShare(line) >= 0.9 && line.length() >= 3 && !NUMBERED.matcher(line).matches()
        && !ResolutionParser.startsResolution(line) && line.chars().anyMatch(Character::isLetter);
  }
}
