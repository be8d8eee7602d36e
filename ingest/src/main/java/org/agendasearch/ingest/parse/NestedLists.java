package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * An agenda whose items hold lists of their own numbered from 1 again in the same numbers, told apart on the
 * page only by their indent, which the text does not keep:
 *
 * <pre>
 * 1. Call Meeting to Order
 *       1. Regrets                                   a list under item 1
 * 2. Invitation to Stand and Move                    item 2, not the list's second
 * 8. Committee Reports
 *       1. Yarmouth Area Industrial Commission ... 13. Substance Use Awareness Project
 * 9. 7-day Notice
 * </pre>
 *
 * The agenda's own run is read through the lists: a number that goes on from the agenda's last item is the
 * next item, unless the list it could also go on would otherwise leave a later line with that number before
 * the agenda's next and before another list ("2. X" / "1. a" / "2. b" / "3. c" / "3. Y": "3. c" is the list's). Every item and list entry
 * is an item, as printed. A part of {@link NumberedAgenda}'s reading.
 */
final class NestedLists {

  /** Items of the agenda's own run, at the fewest. */
  private static final int MIN_ITEMS = 4;
  /** Lists under its items, at the fewest. */
  private static final int MIN_LISTS = 2;

  private NestedLists() {}

  /** The items with the lists under them, or {@code chosen} when the agenda has no such lists. */
  static List<ItemSequence.Candidate> of(List<ItemSequence.Candidate> chosen, List<ItemSequence.Candidate> candidates) {
    if (chosen.isEmpty() || candidates.stream().anyMatch(c -> c.number().scheme() == ItemNumber.Scheme.LETTER
        || c.number().scheme() == ItemNumber.Scheme.ROMAN)) {
      return chosen; // lettered parts and outlines are read by their own rules
    }
    ItemNumber.Scheme scheme = chosen.get(0).number().scheme();
    String family = chosen.get(0).number().family();
    List<ItemSequence.Candidate> numbers = candidates.stream()
        .filter(c -> c.number().scheme() == scheme && c.number().family().equals(family)).toList();
    List<ItemSequence.Candidate> out = new ArrayList<>();
    int item = 0;
    int entry = 0;
    int lists = 0;
    for (int i = 0; i < numbers.size(); i++) {
      int n = numbers.get(i).number().ordinal();
      if (n == item + 1 && !(entry > 0 && n == entry + 1 && laterBeforeNext(numbers, i, n))) {
        item = n;
        entry = 0;
      } else if (item > 0 && n == 1) {
        entry = 1;
        lists++;
      } else if (entry > 0 && n == entry + 1) {
        entry = n;
      } else {
        continue;
      }
      out.add(numbers.get(i));
    }
    return item >= MIN_ITEMS && lists >= MIN_LISTS && out.size() > chosen.size() ? out : chosen;
  }

  /** Whether a later line is numbered {@code n} before any numbered {@code n + 1} or a list's 1. */
  private static boolean laterBeforeNext(List<ItemSequence.Candidate> numbers, int i, int n) {
    for (int j = i + 1; j < numbers.size(); j++) {
      int m = numbers.get(j).number().ordinal();
      if (m == n + 1 || m == 1) {
        return false;
      }
      if (m == n) {
        return true;
      }
    }
    return false;
  }
}
