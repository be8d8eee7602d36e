package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Resolution;

/**
 * A consent calendar's one vote belongs to the calendar, not to the last of its items:
 *
 * <pre>
 * 4. APPROVAL OF CONSENT CALENDAR
 * 1. June 10, 2019 ... Planning Commission Minutes
 * 2. Planning Commission Meeting Calendar 2020
 * RESULT: APPROVED AS AMENDED [UNANIMOUS]        a decision of item 4
 * </pre>
 *
 * Where the items under it are numbered from 1 again and only the last carries decisions, those
 * decisions move to the calendar's own item. Items that were each voted on keep their decisions.
 */
final class ConsentCalendar {

  private static final Pattern CONSENT = Pattern.compile("(?i)\\bconsent\\s+(?:calendar|agenda|items?)\\b");

  private ConsentCalendar() {}

  static List<MinuteItem> regroup(List<MinuteItem> items) {
    List<MinuteItem> out = new ArrayList<>(items);
    for (int i = 0; i < out.size(); i++) {
      MinuteItem calendar = out.get(i);
      Optional<ItemNumber> own = number(calendar);
      if (own.isEmpty() || calendar.title() == null || !CONSENT.matcher(calendar.title()).find() || !calendar.resolutions().isEmpty()) {
        continue;
      }
      int last = i;
      for (int j = i + 1; j < out.size(); j++) {
        Optional<ItemNumber> n = number(out.get(j));
        boolean parts = n.isPresent() && (j == i + 1 ? n.get().ordinal() == 1 : number(out.get(j - 1))
            .map(p -> p.isFollowedBy(n.get(), 1)).orElse(false));
        if (!parts || own.get().isFollowedBy(n.get(), 1)) {
          break;
        }
        last = j;
      }
      boolean onlyLastDecided = last > i + 1 && !out.get(last).resolutions().isEmpty()
          && out.subList(i + 1, last).stream().allMatch(x -> x.resolutions().isEmpty());
      if (onlyLastDecided) {
        MinuteItem tail = out.get(last);
        List<Resolution> moved = tail.resolutions();
        out.set(i, new MinuteItem(calendar.number(), calendar.title(), calendar.page(), calendar.text(), moved));
        out.set(last, new MinuteItem(tail.number(), tail.title(), tail.page(), tail.text(), List.of()));
      }
    }
    return out;
  }

  private static Optional<ItemNumber> number(MinuteItem item) {
    return item.number() == null ? Optional.empty() : ItemNumber.parse(item.number());
  }
}
