package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * An agenda whose items are headings in capitals with no numbers (a Municode agenda):
 *
 * <pre>
 * Regular City Council Meeting
 * 07/20/2021 06:00 PM                                 the meeting's date: the items start below it
 * Council Chambers | City Hall
 * INVOCATION: COUNCIL MEMBER BUDDY PALMER             an item
 * CONFIRMATION OR AMENDMENT TO THE AGENDA AND AGENDA ORDER
 * (CLOSE REGULAR MEETING OPEN PUBLIC AGENDA)          a direction in brackets, no item
 * PUBLIC HEARINGS                                     an item
 * </pre>
 *
 * Read only when the agenda has neither numbered nor bulleted items, and only when such headings
 * are most of the lines below the date ({@link #HEADING_SHARE}): capitals in a page of prose are
 * emphasis, not an agenda.
 */
final class AgendaHeadings {

  private static final int MIN_ITEMS = 5;
  private static final int MAX_WORDS = 12;
  private static final double HEADING_SHARE = 0.6;
  /** Lines from the top where the meeting's date is looked for. */
  private static final int DATE_LINES = 10;

  private AgendaHeadings() {}

  /** The headings below the meeting's date, up to {@code limit}; empty when they are too few or too sparse. */
  static List<FrontSheetParser.ListedItem> items(List<Line> lines, int limit) {
    int from = -1;
    for (int i = 0; i < Math.min(limit, DATE_LINES) && from < 0; i++) {
      if (Dates.find(lines.get(i).text()).isPresent()) {
        from = i + 1;
      }
    }
    if (from < 0) {
      return List.of();
    }
    List<FrontSheetParser.ListedItem> items = new ArrayList<>();
    int text = 0;
    for (int i = from; i < limit; i++) {
      String t = lines.get(i).text().strip();
      if (t.isEmpty() || t.startsWith("(") || t.contains("|")) {
        continue; // a direction in brackets, a venue's cells
      }
      text++;
      if (Lines.upperShare(t) >= 0.9 && t.split("\\s+").length <= MAX_WORDS && t.chars().filter(Character::isLetter).count() >= 4
          && !t.endsWith(",") && !t.endsWith(".")) {
        items.add(new FrontSheetParser.ListedItem(null, t, null, lines.get(i).page(), -1, i));
      }
    }
    return items.size() >= MIN_ITEMS && items.size() >= text * HEADING_SHARE ? items : List.of();
  }
}
