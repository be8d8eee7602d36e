package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda whose items are bullets, not numbers (a parish clerk's summons):
 *
 * <pre>
 * AGENDA
 * • Note attendance and receive apologies for absence. –        an item, its dash dropped
 * • declarations of interest on items on this agenda and approve dispensations to
 * members.                                                       the same item, wrapped
 * • Minutes of the previous meeting – To Consider a resolution to approve the minutes
 * </pre>
 *
 * Read only when the agenda has no numbered items, from at least {@link #MIN_ITEMS} bullets.
 */
final class AgendaBullets {

  /** A bullet and the item's words after it. */
  private static final Pattern BULLET = Pattern.compile("^[•●▪◦■□➢➤·]\\s*(\\S.*)$");
  private static final int MIN_ITEMS = 3;
  /** Lines a bullet's words may wrap over. */
  private static final int WRAPPED_LINES = 3;

  private AgendaBullets() {}

  /** The bulleted items below the agenda's title at {@code from}, up to {@code limit}; empty when there are too few. */
  static List<FrontSheetParser.ListedItem> items(List<Line> lines, int from, int limit) {
    List<FrontSheetParser.ListedItem> items = new ArrayList<>();
    for (int i = from + 1; i < limit; i++) {
      Matcher b = BULLET.matcher(lines.get(i).text().strip());
      if (!b.matches()) {
        continue;
      }
      StringBuilder title = new StringBuilder(b.group(1));
      for (int j = i + 1; j < limit && j <= i + WRAPPED_LINES && lines.get(j).page() == lines.get(i).page()
          && !BULLET.matcher(lines.get(j).text().strip()).matches() && ItemNumber.parse(lines.get(j).text()).isEmpty()
          && !title.toString().endsWith("."); j++) {
        title.append(' ').append(lines.get(j).text().strip());
      }
      String t = title.toString().replaceFirst("\\s*[-–—]+\\s*$", "").strip();
      items.add(new FrontSheetParser.ListedItem(null, t, null, lines.get(i).page(), -1, i));
    }
    return items.size() >= MIN_ITEMS ? items : List.of();
  }
}
