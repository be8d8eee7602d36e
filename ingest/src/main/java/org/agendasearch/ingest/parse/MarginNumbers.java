package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line numbers printed down a page's left margin, as on pleading paper and some US minutes, taken off
 * the lines they number:
 *
 * <pre>
 * 9    ROLL CALL.                                          ROLL CALL.
 * 10   Commissioners present: Chair Hodson; ...            Commissioners present: Chair Hodson; ...
 * 11                                                       (a blank line's number: dropped)
 * 12   I. APPROVAL OF FEBRUARY 12, 2002 H.R.A. AGENDA.     I. APPROVAL OF ...
 * </pre>
 *
 * A page is numbered so when most of its lines open with a number, each one more than the one before,
 * and some of them hold the number alone (the blank lines); a numbered list, whose items all have words,
 * is left as it is.
 */
final class MarginNumbers {

  private MarginNumbers() {}

  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})(?:\\s+(\\S.*))?$");
  /** Lines that a margin's numbers must run down, at the fewest. */
  private static final int MIN_LINES = 8;
  /** Share of a page's lines that open with the margin's number. */
  private static final double NUMBERED_SHARE = 0.7;
  /** Share of numbered lines whose number is one more than the last. */
  private static final double STEP_SHARE = 0.8;
  /** Blank lines numbered on the page, at the fewest. */
  private static final int MIN_BLANK = 2;

  /** The page's raw lines, their margin numbers taken off when the page has them. */
  static List<String> strip(String[] raw) {
    int lines = 0;
    int numbered = 0;
    int steps = 0;
    int blank = 0;
    int last = -1;
    for (String r : raw) {
      if (r.isBlank()) {
        continue;
      }
      lines++;
      Matcher m = NUMBERED.matcher(r);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        numbered++;
        steps += n == last + 1 ? 1 : 0;
        blank += m.group(2) == null ? 1 : 0;
        last = n;
      }
    }
    if (numbered < MIN_LINES || numbered < NUMBERED_SHARE * lines || steps < STEP_SHARE * numbered || blank < MIN_BLANK) {
      return List.of(raw);
    }
    List<String> out = new ArrayList<>(raw.length);
    for (String r : raw) {
      Matcher m = NUMBERED.matcher(r);
      if (!m.matches()) {
        out.add(r);
      } else if (m.group(2) != null) {
        out.add(m.group(2));
      }
    }
    return out;
  }
}
