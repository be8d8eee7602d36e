package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;

/**
 * Finds each meeting's minutes: a {@link MinutesHeading}, then numbered minutes
 * ({@link MinuteItemHeading}) whose numbers either restart at 1 or run on through the municipal
 * year (54, 55, 56 ...), each with its {@link ResolutionParser resolutions}. The minutes end at the
 * signature ("The meeting ended at 3.33 pm"), the next cover sheet or the next minutes heading.
 */
final class MinutesParser {

  /** Stamps such as {@code Agenda Item 4} sit in the text flow but are not part of a minute. */
  static final Pattern STAMP = Pattern.compile("(?i)^agenda\\s+item(?:\\s+no\\.?)?\\s*\\d+[a-z]?$");
  private static final Pattern ENDED = Pattern.compile("(?i)^the meeting (ended|closed|finished|concluded) at\\b.*");

  /** Minutes found with the line index where each ends (exclusive). */
  record Found(Minutes minutes, MinutesHeading heading, int start, int end) {}

  private MinutesParser() {}

  /**
   * @param barriers line indexes where other documents start (cover sheets): minutes never run
   *     past one
   */
  static List<Found> parse(List<Line> lines, NavigableSet<Integer> barriers) {
    List<MinutesHeading> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<MinutesHeading> h = MinutesHeading.at(lines, i);
      if (h.isPresent()) {
        headings.add(h.get());
        i = h.get().lastLine();
      }
    }
    TreeSet<Integer> stops = new TreeSet<>(barriers);
    headings.forEach(h -> stops.add(h.line()));
    List<Found> found = new ArrayList<>();
    for (MinutesHeading h : headings) {
      Integer next = stops.higher(h.line());
      int end = next == null ? lines.size() : next;
      for (int i = h.lastLine() + 1; i < end; i++) {
        if (ENDED.matcher(lines.get(i).text()).matches()) {
          end = i + 1;
          break;
        }
      }
      List<MinuteItem> items = items(lines.subList(h.lastLine() + 1, end));
      found.add(new Found(new Minutes(h.committee(), h.date(), h.page(), items), h, h.line(), end));
    }
    return found;
  }

  /**
   * A minute's text without its resolutions: the discussion. Each resolution is a record of its
   * own, so its words are not repeated in the minute's text (no passage shows twice in results).
   */
  static String discussion(List<Line> text, List<ResolutionParser.Found> resolutions) {
    List<Line> rest = new ArrayList<>();
    int r = 0;
    for (int i = 0; i < text.size(); i++) {
      while (r < resolutions.size() && resolutions.get(r).to() <= i) {
        r++;
      }
      if (r < resolutions.size() && i >= resolutions.get(r).from() && i < resolutions.get(r).to()) {
        continue;
      }
      rest.add(text.get(i));
    }
    return Lines.join(rest);
  }

  /** The numbered minutes in the body of one meeting's minutes. */
  static List<MinuteItem> items(List<Line> body) {
    List<int[]> starts = new ArrayList<>();
    List<MinuteItemHeading> headings = new ArrayList<>();
    int expected = -1;
    for (int i = 0; i < body.size(); i++) {
      Optional<MinuteItemHeading> h = MinuteItemHeading.parse(body.get(i).text());
      if (h.isEmpty()) {
        continue;
      }
      int n = Integer.parseInt(h.get().number());
      if (expected < 0 || n == expected) {
        headings.add(h.get());
        starts.add(new int[] {i});
        expected = n + 1;
      }
    }
    List<MinuteItem> items = new ArrayList<>();
    for (int k = 0; k < headings.size(); k++) {
      int from = starts.get(k)[0];
      int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : body.size();
      MinuteItemHeading h = headings.get(k);
      StringBuilder title = new StringBuilder(h.title());
      int bodyStart = from + 1;
      while (h.rest().isEmpty() && bodyStart < to && bodyStart <= from + 2
          && MinuteItemHeading.continuesTitle(body.get(bodyStart).text())) {
        title.append(' ').append(body.get(bodyStart).text());
        bodyStart++;
      }
      List<Line> text = new ArrayList<>();
      if (!h.rest().isEmpty()) {
        text.add(new Line(body.get(from).page(), h.rest()));
      }
      for (int i = bodyStart; i < to; i++) {
        Line l = body.get(i);
        if (!STAMP.matcher(l.text()).matches()) {
          text.add(l);
        }
      }
      List<ResolutionParser.Found> resolutions = ResolutionParser.find(text);
      items.add(new MinuteItem(h.number(), title.toString(), body.get(from).page(), discussion(text, resolutions),
          resolutions.stream().map(ResolutionParser.Found::resolution).toList()));
    }
    return items;
  }
}
