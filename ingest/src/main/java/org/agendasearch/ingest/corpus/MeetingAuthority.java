package org.agendasearch.ingest.corpus;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.Pack;

/**
 * The council's own record of a meeting ({@code meeting.json}) over what the parser read from its
 * papers: the committee, date, time and venue come from the council's site; where the PDF says
 * otherwise, a line in the pack's quality report says so ("meeting.json: date 2024-01-17, the PDF
 * 2024-01-18"), a signal of how well the parser reads that council's papers.
 */
public final class MeetingAuthority {

  private MeetingAuthority() {}

  /** The pack with its meeting as {@code published} gives it, and what the PDF disagreed on in its quality lines. */
  public static Pack apply(Pack pack, PublishedMeeting published) {
    Meeting parsed = pack.meeting();
    List<String> quality = new ArrayList<>(pack.quality());
    String committee = published.committee() != null ? published.committee() : parsed.committee();
    if (published.committee() != null && parsed.committee() != null
        && !Objects.equals(Committees.key(published.committee()), Committees.key(parsed.committee()))) {
      quality.add(disagreement("committee", published.committee(), parsed.committee()));
    }
    var date = published.date() != null ? published.date() : parsed.date();
    if (published.date() != null && parsed.date() != null && !published.date().equals(parsed.date())) {
      quality.add(disagreement("date", published.date().toString(), parsed.date().toString()));
    }
    LocalTime publishedTime = time(published.time());
    LocalTime time = publishedTime != null ? publishedTime : parsed.time();
    if (publishedTime != null && parsed.time() != null && !publishedTime.equals(parsed.time())) {
      quality.add(disagreement("time", publishedTime.toString(), parsed.time().toString()));
    }
    String venue = published.venue() != null ? published.venue() : parsed.venue();
    if (published.venue() != null && parsed.venue() != null && !sameVenue(published.venue(), parsed.venue())) {
      quality.add(disagreement("venue", published.venue(), parsed.venue()));
    }
    decisions(pack, published).ifPresent(quality::add);
    return new Pack(pack.source(), pack.sha256(), pack.kind(), new Meeting(committee, date, time, venue),
        pack.agendaItems(), pack.minutes(), pack.reports(), pack.pages(), pack.warnings(), quality);
  }

  private static final java.util.regex.Pattern RESOLVED = java.util.regex.Pattern.compile("\\bresolved\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The site's minutes text per item against the PDF's minutes of the same meeting (printed minutes,
   * or the next pack's copy): "meeting.json: 5 minutes record a decision, the PDF's minutes of this
   * meeting 3", when the numbers differ.
   */
  static java.util.Optional<String> decisions(Pack pack, PublishedMeeting published) {
    long site = published.agendaItems().stream()
        .filter(i -> i.minutes() != null && RESOLVED.matcher(i.minutes()).find()).count();
    if (site == 0 || published.date() == null) {
      return java.util.Optional.empty();
    }
    return pack.minutes().stream().filter(m -> published.date().equals(m.date())).findFirst().map(m ->
        m.items().stream().filter(i -> !i.resolutions().isEmpty()).count()).filter(parsed -> parsed != site)
        .map(parsed -> "meeting.json: " + site + " minute" + (site == 1 ? "" : "s") + " record a decision, the PDF's "
            + "minutes of this meeting " + parsed);
  }

  private static String disagreement(String what, String published, String parsed) {
    return "meeting.json: " + what + " \"" + published + "\", the PDF \"" + parsed + "\"";
  }

  /** "Shire Hall, Hereford" and "Shire Hall Hereford HR1 2HX": one venue when one's words start the other's. */
  static boolean sameVenue(String a, String b) {
    String ka = Committees.key(a);
    String kb = Committees.key(b);
    return ka == null || kb == null || ka.startsWith(kb) || kb.startsWith(ka);
  }

  /** "14:00", "2.00 pm" and the like as a time, or null. */
  static LocalTime time(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip().toLowerCase(java.util.Locale.ROOT).replace('.', ':');
    try {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})\\s*([ap])?").matcher(t);
      if (!m.find()) {
        return null;
      }
      int h = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        h = h % 12 + (m.group(3).equals("p") ? 12 : 0);
      }
      return LocalTime.of(h, Integer.parseInt(m.group(2)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
