package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed page ranges a front sheet sets around an item's title, and their stand-ins:
 *
 * <pre>
 * PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF     a range: 109 is the first page of the item's papers
 * 4. QUESTIONS FROM THE PUBLIC (Pages 19 - 24)      a range in brackets: 19
 * To Follow                                        a stand-in: the papers come later
 * ADOPTION OF ORDINANCE 297-22                     no range: pages run upwards, this is a reference
 * </pre>
 */
final class PageRanges {

  /** Printed page ranges and their stand-ins, which sit anywhere around a title. */
  private static final Pattern RANGE_START = Pattern.compile(
      "\\b(?!(?:19|20)\\d\\d\\b)(\\d{1,4})\\s*[-–]\\s*(?:(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\b|$)|(?i:\\(pages?\\s+(\\d{1,4}))");
  static final Pattern RANGE = Pattern.compile(
      "(?i)\\b(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\s*[-–]\\s*(?!(?:19|20)\\d\\d\\b)\\d{1,4}\\b|\\bto follow\\b|^pages$");
  private static final Pattern DESCRIPTION_TAIL = Pattern.compile("(?i)(?:^|\\s)(?:\\d{1,4}\\s*[-–]|to\\s+follow)$");

  private PageRanges() {}

  /** The first number of the first page range printed with an item, or -1. */
  static int printedStart(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      Matcher m = RANGE_START.matcher(lines.get(i).text());
      if (m.find()) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return -1;
  }

  /**
   * A description without the page-range pieces the layout left at its end: the start of a range
   * split over lines ({@code ... provide assurance. 89 -}) or a "To Follow" split in two.
   */
  static String tidyDescription(String description) {
    String d = description.strip();
    String before;
    do {
      before = d;
      d = DESCRIPTION_TAIL.matcher(d).replaceFirst("").strip();
    } while (!d.equals(before));
    return d.isEmpty() ? null : d;
  }

  /** {@code 11 - 88}, {@code To Follow} or {@code Pages} alone on a line. */
  static boolean isRange(String line) {
    return line.matches("\\d{1,4}") || withoutRanges(line, "").replaceAll("[\\s.,]", "").isEmpty();
  }

  /**
   * A title with printed page ranges removed: {@code PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF}.
   * Pages run upwards, so a pair that runs down is a reference and stays: {@code ORDINANCE 297-22}.
   */
  static String stripRange(String title) {
    return withoutRanges(title, " ").replaceAll("\\s+", " ").strip();
  }

  private static String withoutRanges(String text, String replacement) {
    return RANGE.matcher(text).replaceAll(m -> {
      String[] ends = m.group().split("\\s*[-–]\\s*");
      boolean down = ends.length == 2 && ends[0].matches("\\d+") && ends[1].matches("\\d+")
          && Integer.parseInt(ends[1]) < Integer.parseInt(ends[0]);
      return down ? Matcher.quoteReplacement(m.group()) : replacement;
    });
  }
}
