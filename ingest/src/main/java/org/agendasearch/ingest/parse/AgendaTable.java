package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An agenda table whose item numbers were lost: a ModernGov meeting page lists its items under a
 * {@code No. Item} head, and text taken from the page may keep the titles alone.
 *
 * <pre>
 * No. Item                                          the table's head
 * Apologies for absence                             an item: a line short of the page's width, no full stop
 * To confirm the minutes of the meeting held on 16th May 2024
 * Motions to Council
 * Submitted by County Councillor Lisa Dymock        who brings it: the item's description
 * This council calls upon the Prime Minister to continue the work of the former ... and
 * to appoint a dedicated Veterans Minister ...      a paragraph, and the line after a wrapped one
 * </pre>
 */
final class AgendaTable {

  /** The head of an agenda table: {@code No. Item}, {@code Item Subject}. */
  private static final Pattern HEAD = Pattern.compile("(?i)^(?:no\\.?|item(?:\\s+no\\.?)?|#)\\s+(?:item|title|subject|business)$");
  /** A line that says who brings an item or who wrote its paper: its description, not an item. */
  private static final Pattern BROUGHT_BY = Pattern.compile(
      "(?i)^(?:(?:submitted|presented|proposed|moved|introduced|reported|report)\\s+by\\b|(?:contact|author|lead\\s+officer)\\s*:)");
  private static final int MAX_WORDS = 14;
  private static final int DESCRIPTION_LINES = 8;

  private AgendaTable() {}

  /** Whether {@code line} is an agenda table's head. */
  static boolean isHead(String line) {
    return HEAD.matcher(line.strip()).matches();
  }

  /** The items listed below the head at {@code head}, up to {@code limit}, each with the lines under it as its description. */
  static List<FrontSheetParser.ListedItem> items(List<Line> lines, int head, int limit) {
    List<Integer> titles = new ArrayList<>();
    for (int i = head + 1; i < limit; i++) {
      boolean afterWrap = i > head + 1 && full(lines, i - 1);
      if (!afterWrap && title(lines, i)) {
        titles.add(i);
      }
    }
    List<FrontSheetParser.ListedItem> items = new ArrayList<>();
    for (int k = 0; k < titles.size(); k++) {
      int at = titles.get(k);
      int next = k + 1 < titles.size() ? titles.get(k + 1) : limit;
      List<String> description = new ArrayList<>();
      for (int j = at + 1; j < next && description.size() < DESCRIPTION_LINES; j++) {
        description.add(lines.get(j).text());
      }
      items.add(new FrontSheetParser.ListedItem(null, lines.get(at).text().strip(),
          description.isEmpty() ? null : String.join(" ", description), lines.get(at).page(), -1, at));
    }
    return items;
  }

  private static boolean title(List<Line> lines, int i) {
    String t = lines.get(i).text().strip();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && !t.endsWith(".") && !t.endsWith(",")
        && t.split("\\s+").length <= MAX_WORDS && !full(lines, i) && !BROUGHT_BY.matcher(t).lookingAt()
        && HeadingText.of(t) != HeadingText.Strength.NONE;
  }

  /** A line as long as the page's wrapped lines: its text goes on below. */
  private static boolean full(List<Line> lines, int i) {
    return lines.get(i).text().length() >= TitleLines.wrapWidth(lines, i);
  }
}
