package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minute's number printed over the council year, in a column beside its heading, which the text layer gives as three
 * lines: joined as the numbered heading they are.
 *
 * <pre>
 * 124                    124 OPEN FORUM
 * 11/12
 * OPEN FORUM
 * </pre>
 *
 * The year is two years' last digits, the second one more than the first ({@code 11/12}, {@code 99/00}); a number over
 * anything else is left alone.
 */
final class StackedNumbers {

  private StackedNumbers() {}

  private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}$");
  private static final Pattern COUNCIL_YEAR = Pattern.compile("^(\\d{2})/(\\d{2})$");

  /** The lines with each number, its year and its heading made one line. */
  static List<Line> join(List<Line> lines) {
    List<Line> out = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i + 2 < lines.size() && stacked(lines, i)) {
        if (out == null) {
          out = new ArrayList<>(lines.subList(0, i));
        }
        out.add(new Line(lines.get(i).page(), lines.get(i).text() + " " + lines.get(i + 2).text()));
        i += 2;
      } else if (out != null) {
        out.add(lines.get(i));
      }
    }
    return out == null ? lines : out;
  }

  private static boolean stacked(List<Line> lines, int i) {
    Line number = lines.get(i);
    if (number.text().length() > 4 || !NUMBER.matcher(number.text()).matches()) {
      return false;
    }
    Matcher year = COUNCIL_YEAR.matcher(lines.get(i + 1).text());
    Line heading = lines.get(i + 2);
    return year.matches() && (Integer.parseInt(year.group(1)) + 1) % 100 == Integer.parseInt(year.group(2))
        && lines.get(i + 1).page() == number.page() && heading.page() == number.page()
        && Character.isLetter(heading.text().codePointAt(0));
  }
}
