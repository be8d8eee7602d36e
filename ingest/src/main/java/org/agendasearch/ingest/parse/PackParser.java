package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;

/**
 * Parses a document's pages into a {@link Pack}: finds the cover sheets and minutes first (they
 * are the most distinctive), reads the front sheet in the text before them, then ties each agenda
 * item to the page where its papers start.
 */
public final class PackParser {

  /** {@code Agenda Item 4} stamped on an item's first page (also {@code Agenda item no. 5 - ...}). */
  private static final Pattern STAMP = Pattern.compile("(?i)^agenda\\s+item(?:\\s+no\\.?)?\\s*(\\d+[a-z]?)\\b.*");
  private static final double TITLE_MATCH = 0.6;
  /** The standing item {@code 4. MINUTES} (also "MINUTES AND ACTION LOG"). */
  private static final Pattern MINUTES_ITEM = Pattern.compile("(?i)^minutes\\b");

  private PackParser() {}

  /** Parses the pages of one file; {@code warnings} are the extractor's, carried into the pack. */
  public static Pack parse(String source, String sha256, List<Page> pages, List<String> warnings) {
    List<Line> lines = Lines.of(pages);
    List<CoverSheetParser.CoverSheet> covers = CoverSheetParser.parse(lines);
    TreeSet<Integer> barriers = new TreeSet<>();
    covers.forEach(c -> barriers.add(c.line()));
    List<MinutesParser.Found> minutes = MinutesParser.parse(lines, barriers);

    TreeSet<Integer> starts = new TreeSet<>(barriers);
    minutes.forEach(m -> starts.add(m.start()));
    int firstStart = starts.isEmpty() ? lines.size() : starts.first();
    Optional<FrontSheetParser.FrontSheet> front = FrontSheetParser.parse(lines, firstStart);

    List<Report> reports = reports(lines, covers, starts, pages.size());
    List<Minutes> minuteRecords = minutes.stream().map(MinutesParser.Found::minutes).toList();
    Meeting meeting = meeting(front, covers, minutes);
    List<AgendaItem> items = front.map(f -> agendaItems(f, lines, firstStart, minuteRecords, reports)).orElse(List.of());
    DocumentKind kind = kind(front.isPresent(), minuteRecords, reports);
    return new Pack(source, sha256, kind, meeting, items, minuteRecords, reports, pages, warnings);
  }

  private static List<Report> reports(List<Line> lines, List<CoverSheetParser.CoverSheet> covers,
      TreeSet<Integer> starts, int pageCount) {
    List<Report> reports = new ArrayList<>();
    for (CoverSheetParser.CoverSheet c : covers) {
      Integer next = starts.higher(c.line());
      int last = pageCount;
      if (next != null) {
        int nextPage = lines.get(next).page();
        last = Math.max(c.page(), nextPage - 1);
      }
      reports.add(new Report(c.title(), c.meeting(), c.meetingDate(), c.reportBy(), c.page(), last));
    }
    return reports;
  }

  /**
   * The pack's meeting: the front sheet's, or with no front sheet the meeting most cover sheets
   * name (a draft report for a later meeting is outvoted by the pack's own reports).
   */
  static Meeting meeting(Optional<FrontSheetParser.FrontSheet> front, List<CoverSheetParser.CoverSheet> covers,
      List<MinutesParser.Found> minutes) {
    if (front.isEmpty() && covers.isEmpty() && !minutes.isEmpty()) {
      // Minutes on their own: the document is the record of the meeting they minute.
      MinutesHeading h = minutes.get(0).heading();
      return new Meeting(Committees.display(h.committee()), h.date(), h.time(), h.venue());
    }
    Map<String, Integer> votes = new HashMap<>();
    Map<String, CoverSheetParser.CoverSheet> example = new HashMap<>();
    for (CoverSheetParser.CoverSheet c : covers) {
      if (c.meeting() != null && c.meetingDate() != null) {
        String k = Committees.key(c.meeting()) + "|" + c.meetingDate();
        votes.merge(k, 1, Integer::sum);
        example.putIfAbsent(k, c);
      }
    }
    Optional<CoverSheetParser.CoverSheet> best = votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> example.get(e.getKey()).meetingDate(), Comparator.reverseOrder()))
        .map(e -> example.get(e.getKey()));
    String committee = front.map(FrontSheetParser.FrontSheet::committee).orElse(null);
    LocalDate date = front.map(FrontSheetParser.FrontSheet::date).orElse(null);
    if (committee == null) {
      committee = best.map(CoverSheetParser.CoverSheet::meeting).orElse(null);
    }
    if (date == null) {
      date = best.map(CoverSheetParser.CoverSheet::meetingDate).orElse(null);
    }
    return new Meeting(Committees.display(committee), date,
        front.map(FrontSheetParser.FrontSheet::time).orElse(null),
        front.map(FrontSheetParser.FrontSheet::venue).orElse(null));
  }

  private static List<AgendaItem> agendaItems(FrontSheetParser.FrontSheet front, List<Line> lines, int firstStart,
      List<Minutes> minutes, List<Report> reports) {
    Map<String, Integer> stamps = new HashMap<>();
    for (int i = firstStart; i < lines.size(); i++) {
      Matcher m = STAMP.matcher(lines.get(i).text());
      if (m.matches()) {
        stamps.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), lines.get(i).page());
      }
    }
    List<Report> unclaimed = new ArrayList<>(reports);
    List<AgendaItem> items = new ArrayList<>();
    for (FrontSheetParser.ListedItem listed : front.items()) {
      int page = itemPage(listed, minutes, unclaimed, stamps);
      items.add(new AgendaItem(listed.number(), listed.title(), listed.description(), page));
    }
    return items;
  }

  /** Where an item's papers start: its minutes, its report by title, its stamp, or its listing. */
  private static int itemPage(FrontSheetParser.ListedItem listed, List<Minutes> minutes, List<Report> unclaimed,
      Map<String, Integer> stamps) {
    if (!minutes.isEmpty() && MINUTES_ITEM.matcher(listed.title()).find()) {
      LocalDate held = Dates.find(listed.description()).orElse(null);
      return minutes.stream().filter(m -> m.date().equals(held)).findFirst().orElse(minutes.get(0)).page();
    }
    Report best = null;
    double bestScore = TITLE_MATCH;
    for (Report r : unclaimed) {
      double s = TitleMatch.score(listed.title(), r.title());
      // The first report that matches best wins: a pack's own report comes before a draft for
      // another meeting with the same title.
      if (s > bestScore || (best == null && s >= TITLE_MATCH)) {
        best = r;
        bestScore = s;
      }
    }
    if (best != null) {
      unclaimed.remove(best);
      return best.page();
    }
    Integer stamped = stamps.get(listed.number().toLowerCase(java.util.Locale.ROOT));
    return stamped != null ? stamped : listed.page();
  }

  static DocumentKind kind(boolean frontSheet, List<Minutes> minutes, List<Report> reports) {
    if (frontSheet || (!reports.isEmpty() && !minutes.isEmpty()) || reports.size() > 1) {
      return DocumentKind.AGENDA_PACK;
    }
    if (!minutes.isEmpty()) {
      return DocumentKind.MINUTES;
    }
    return reports.isEmpty() ? DocumentKind.OTHER : DocumentKind.REPORT;
  }
}
