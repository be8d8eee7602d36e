package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;

/**
 * Minutes numbered twice: the agenda's ordinal on the heading and the minute's own reference beside it, in the
 * left column under the heading ({@code 1. DECLARATIONS OF INTEREST} / {@code 12/123     Chairman to ask ...}), run
 * in after the heading's colon ({@code 2. Apologies and reasons for absence: 066/23: Cllrs Bell, ...}) or at the
 * heading's end ({@code 3. Apologies for absence (1819/030)}). The reference is the minute's number, as a clerk cites
 * it ("see minute 066/23"); the ordinal only repeats the agenda's.
 */
final class MinuteReferences {

  /** A minute's reference: a year and a count either way round, {@code 12/123}, {@code 065/23}, {@code 1819/030}. */
  private static final String REFERENCE = "(\\d{2,4}/\\d{2,4}[A-Z]?)(?![/\\d])";
  /** The reference opening a line, before the minute's words: {@code 065/23 The Chairman}, {@code 066/23: Cllrs Bell}. */
  private static final Pattern OPENING = Pattern.compile("^\\(?" + REFERENCE + "\\)?(?:\\s*[:.–—-]\\s*|\\s+)(?=\\S)");
  /** The reference closing a heading: {@code Apologies for absence (1819/030)}, {@code Banking – 069/23}. */
  private static final Pattern CLOSING = Pattern.compile("\\s*(?:[:–—-]\\s*)?\\(?" + REFERENCE + "\\)?\\s*[:.]?$");
  /** An ordinal, the agenda's number for the item: {@code 1}, {@code 12}. */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}");

  private MinuteReferences() {}

  /**
   * The reference beside a heading: at the end of its title, or opening the words after it on its line, or
   * opening the line below.
   */
  static Optional<String> beside(String title, String rest, String below) {
    Matcher closing = CLOSING.matcher(title);
    if (closing.find() && closing.start() > 0) {
      return Optional.of(closing.group(1));
    }
    for (String words : new String[] {rest, below}) {
      if (words != null && !words.isEmpty()) {
        Matcher opening = OPENING.matcher(words);
        return opening.lookingAt() ? Optional.of(opening.group(1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The words after a heading without a reference opening them, so that a decision there opens its line: {@code 066/23:
   * All Cllrs agreed that ...} gives {@code All Cllrs agreed that ...}.
   */
  static String withoutOpening(String words) {
    return words.isEmpty() || !Character.isDigit(words.charAt(0)) && words.charAt(0) != '(' ? words
        : OPENING.matcher(words).replaceFirst("");
  }

  /**
   * Whether the references count up in one year: one side the same in all ({@code 23}), the other rising
   * ({@code 065}, {@code 066}, {@code 067}), as a planning application's numbers at the ends of titles do not.
   */
  private static boolean counting(Iterable<String> references) {
    List<String[]> sides = new ArrayList<>();
    references.forEach(r -> sides.add(r.replaceAll("[A-Z]$", "").split("/")));
    for (int year = 0; year < 2; year++) {
      boolean rising = true;
      for (int i = 1; i < sides.size() && rising; i++) {
        rising = sides.get(i)[year].equals(sides.get(0)[year])
            && Integer.parseInt(sides.get(i)[1 - year]) > Integer.parseInt(sides.get(i - 1)[1 - year]);
      }
      if (rising) {
        return true;
      }
    }
    return false;
  }

  /**
   * The minutes renumbered by their references, when every numbered heading (two or more) is an ordinal with a reference
   * beside it, no reference twice, counting up (a heading with none, {@code 1. Welcome} over {@code 3. Minutes of the Annual
   * Parish Meeting 2017 (18/01)}, says the references are not the minutes' numbers); each title loses a reference at its
   * end. {@code references} maps an item's index to its reference; {@code numbered} is how many numbered headings there are.
   */
  static List<MinuteItem> renumbered(List<MinuteItem> items, Map<Integer, String> references, int numbered) {
    Set<String> distinct = new HashSet<>(references.values());
    if (references.size() < 2 || distinct.size() < references.size() || references.size() < numbered
        || references.keySet().stream().anyMatch(i -> items.get(i).number() == null
            || !ORDINAL.matcher(items.get(i).number()).matches())
        || !counting(new TreeMap<>(references).values())) {
      return items;
    }
    List<MinuteItem> out = new ArrayList<>(items);
    references.forEach((i, reference) -> {
      MinuteItem item = items.get(i);
      String title = item.title() == null ? null : CLOSING.matcher(item.title()).replaceFirst("");
      String text = OPENING.matcher(item.text()).replaceFirst("");
      out.set(i, new MinuteItem(reference, title == null || title.isEmpty() ? null : title, item.page(), text,
          item.resolutions()));
    });
    return out;
  }
}
