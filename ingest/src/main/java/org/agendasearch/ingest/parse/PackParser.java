package org.agendasearch.ingest.parse;

import java.time.LocalDate;
import java.time.LocalTime;
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
 * Parses a document's pages into a {@link Pack}, in two stages: every line is labelled
 * ({@link LineLabel}: running header, minutes title, agenda title, attendance, numbered, decision,
 * text), then the labelled lines are segmented: report cover sheets and sets of minutes first
 * (the most distinctive), the front sheet in the text before them, and each agenda item tied to
 * the page where its papers start. What could not be understood is said in the pack's warnings.
 */
public final class PackParser {

  /** {@code Agenda Item 4} stamped on an item's first page (also {@code Agenda item no. 5 - ...}). */
  private static final Pattern STAMP = Pattern.compile("(?i)^agenda\\s+item(?:\\s+no\\.?)?\\s*(\\d+[a-z]?)\\b.*");
  private static final double TITLE_MATCH = 0.6;
  /** Lines at the top of a page where the title of papers without a cover sheet is printed. */
  private static final int PAGE_TOP = 4;
  /** The standing item {@code 4. MINUTES} (also "MINUTES AND ACTION LOG"). */
  private static final Pattern MINUTES_ITEM = Pattern.compile("(?i)^(?:\\w+\\s+)?minutes\\b");
  /** Lines at the top of a document with no title that are read for its meeting. */
  private static final int TITLE_BLOCK_LINES = 8;
  /** Lines read to tell whether a document writes dates month first. */
  private static final int DATE_SAMPLE_LINES = 400;

  private PackParser() {}

  /**
   * Parses the pages of one file; {@code warnings} are the extractor's, carried into the pack. A fault of the parser
   * on a file it cannot read loses nothing: the file's pages are kept, searchable, with no records, and its quality
   * lines say that the parser stopped and where.
   */
  public static Pack parse(String source, String sha256, List<Page> pages, List<String> warnings) {
    try {
      return records(source, sha256, pages, warnings);
    } catch (RuntimeException | StackOverflowError e) {
      // the parser's own frame, not the JDK's that threw ("Preconditions$1.apply" says nothing of which rule broke)
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.agendasearch."))
          .findFirst().orElse(e.getStackTrace().length == 0 ? null : e.getStackTrace()[0]);
      String where = at == null ? "" : " at " + at.getClassName().replaceFirst(".*\\.", "") + "." + at.getMethodName()
          + ":" + at.getLineNumber();
      return new Pack(source, sha256, DocumentKind.OTHER, new Meeting(null, null, null, null), List.of(), List.of(), List.of(),
          pages, warnings, List.of("the parser stopped on this file (" + e.getClass().getSimpleName() + where
              + "): its pages are indexed, with no meeting, items or minutes read from them"));
    }
  }

  private static Pack records(String source, String sha256, List<Page> pages, List<String> warnings) {
    List<Line> lines = Lines.of(pages);
    LineLabel[] labels = LineLabel.label(lines);
    boolean monthFirst = Dates.monthFirst(Lines.join(lines.subList(0, Math.min(lines.size(), DATE_SAMPLE_LINES))));
    List<CoverSheetParser.CoverSheet> covers = CoverSheetParser.parse(lines, monthFirst);
    TreeSet<Integer> barriers = new TreeSet<>();
    covers.forEach(c -> barriers.add(c.line()));
    List<MinutesParser.Found> minutes = new ArrayList<>(MinutesParser.parse(lines, labels,
        MinutesParser.starts(lines, labels, barriers), barriers, monthFirst));
    if (minutes.isEmpty() && covers.isEmpty()) {
      boolean presided = presided(lines);
      if (!hasAgendaTitle(labels) || presided || resolvedUnderItems(lines, labels)) {
        MinutesParser.wholeDocument(lines, labels, monthFirst, presided).ifPresent(minutes::add);
      }
    }

    TreeSet<Integer> starts = new TreeSet<>(barriers);
    minutes.forEach(m -> starts.add(m.start()));
    int firstStart = starts.isEmpty() ? lines.size() : starts.first();
    Optional<FrontSheetParser.FrontSheet> front = FrontSheetParser.parse(lines, firstStart, monthFirst,
        minutes.isEmpty() && covers.isEmpty());

    List<Report> reports = reports(lines, covers, starts, pages.size());
    List<Minutes> minuteRecords = minutes.stream().map(MinutesParser.Found::minutes).toList();
    Meeting meeting = meeting(front, covers, minutes, lines, monthFirst);
    PrintedPages printed = PrintedPages.of(pages);
    // A ModernGov "Agenda and minutes" page is minutes: its items are minute items, not an agenda too.
    List<AgendaItem> items = front.map(f -> agendaItems(f, lines, firstStart, minuteRecords, reports, printed))
        .orElseGet(List::of);
    DocumentKind kind = kind(front.isPresent(), minuteRecords, reports);
    if (items.isEmpty() && front.isEmpty() && kind == DocumentKind.AGENDA_PACK) {
      items = stampedItems(lines, minuteRecords, reports);
    }
    if (meeting.committee() == null && meeting.date() == null && front.isEmpty() && covers.isEmpty() && minutes.isEmpty()) {
      // Nothing says "Agenda" or "Minutes": the title block at the top still names the meeting and its date
      // ("Illinois Department of Corrections" / "Advisory Board Meeting" / "Monday, November 4th, 2019" / "10:30am -12:00pm")
      MeetingHeader h = MeetingHeader.read(lines, 0, Math.min(lines.size(), TITLE_BLOCK_LINES), monthFirst);
      if (h.date() != null) {
        meeting = new Meeting(Committees.display(h.committee()), h.date(), h.time(), h.venue());
      }
    }
    if (meeting.time() == null && meeting.date() != null) {
      meeting = new Meeting(meeting.committee(), meeting.date(), timeOf(lines, meeting.date(), monthFirst), meeting.venue());
    }
    List<String> quality = new ArrayList<>();
    minutes.forEach(m -> quality.addAll(m.warnings()));
    quality.addAll(Quality.warnings(kind, meeting, items, minuteRecords, reports));
    return new Pack(source, sha256, kind, meeting, items, minuteRecords, reports, pages, warnings, quality);
  }

  /** A decision's word as minutes record it: {@code RESOLVED}, {@code It was agreed}, not an agenda's "Recommended". */
  private static final java.util.regex.Pattern RESOLVED = java.util.regex.Pattern.compile("(?i)\\b(?:resolved|agreed)\\b");

  /**
   * A meeting page that gives its minutes under each agenda item (a CMIS meeting page: "1 Election
   * of a Chair", what the agenda said, then "1" and the minute with its "RESOLVED"): minutes,
   * although it says "Agenda". An agenda alone records no decision.
   */
  private static boolean resolvedUnderItems(List<Line> lines, LineLabel[] labels) {
    boolean proposed = false;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == LineLabel.DECISION && RESOLVED.matcher(lines.get(i).text()).find()) {
        if (!BE_IT_RESOLVED.matcher(lines.get(i).text()).lookingAt()) {
          return true;
        }
        proposed = true;
      }
    }
    // "Be it resolved that Council receives ...": an agenda prints the motion it proposes; minutes say how it went
    return proposed && lines.stream().anyMatch(l -> OUTCOME.matcher(l.text()).lookingAt());
  }

  /**
   * A motion as an agenda proposes it, or as minutes record it: {@code Be it resolved that the ... Agenda be approved}, an
   * eSCRIBE agenda's {@code Resolved that Council receive the presentation from Norah Holder ...} under its item.
   */
  private static final Pattern BE_IT_RESOLVED = Pattern.compile("(?i)^\\s*(?:now\\s+)?(?:,?\\s*therefore\\s+)?be\\s+it\\s+(?:further\\s+)?resolved\\b"
      + "|^\\s*Resolved\\s+that\\s");
  /** What happened to a motion, which only minutes say: {@code Carried.}, {@code CARRIED UNANIMOUSLY}, {@code Defeated}. */
  private static final Pattern OUTCOME = Pattern.compile("(?i)^\\s*(?:the\\s+)?(?:motion\\s+)?(?:carried|defeated|lost|passed)\\b");

  /**
   * Who presided, in the past tense: {@code Councillor Shaw, Convener, presided.} An agenda says who
   * will, or how meetings are run: {@code Board meetings are presided over by the Board President}.
   */
  private static final Pattern PRESIDED = Pattern.compile("(?i)(?<!\\b(?:are|is|be|been)\\s)\\bpresided\\b"
      // "BE IT REMEMBERED, That the Honorable ... Commissioners met pursuant to adjournment" (a Tennessee county's minutes)
      + "|\\bbe\\s+it\\s+remembered\\b|\\bmet\\s+pursuant\\s+to\\b"
      // "Mayor Albert Gallant called the meeting to order at 6:00 P.M." (an agenda says "Call to Order")
      + "|\\bcalled\\s+the\\s+(?:\\p{L}+\\s+){0,2}(?:meeting|session)\\s+to\\s+order\\s+at\\b"
      // "7:00 P.M. meeting called to order in the Council Chambers ..., Mayor Larry Gum presiding." (a Delaware town's)
      + "|\\bmeeting\\s+(?:was\\s+)?called\\s+to\\s+order\\s+(?:at|in|by)\\b|\\b\\p{Lu}[\\p{L}'’-]+\\s+presiding(?=\\s*[.,;)]|\\s*$)");

  /**
   * A page that says who presided records a meeting that was held: minutes, although it says
   * "Agenda" (a CMIS meeting page: "Chair / Councillor Shaw, Convener, presided. / In Attendance").
   */
  static boolean presided(List<Line> lines) {
    for (int i = 0; i < lines.size() && i < 80; i++) {
      if (PRESIDED.matcher(lines.get(i).text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAgendaTitle(LineLabel[] labels) {
    for (int i = 0; i < labels.length && i < 80; i++) {
      if (labels[i] == LineLabel.AGENDA_TITLE) {
        return true;
      }
    }
    return false;
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

  /** {@code to be held on}: a cover that summons members to the meeting the document is for. */
  private static final Pattern SUMMONS = Pattern.compile("(?i)\\b(?:to|will)\\s+be\\s+held\\b");

  /**
   * The meeting a bound volume of minutes is for, from its cover, when the minutes inside are of
   * earlier meetings submitted to it.
   *
   * <pre>
   * ANGUS COUNCIL / to be held on / 16 SEPTEMBER 2010 / MINUTES 2010 / VOLUME 101 / INDEX ...
   * </pre>
   */
  static Optional<Meeting> summonedBy(List<Line> lines, List<MinutesParser.Found> minutes, boolean monthFirst) {
    if (minutes.get(0).start() == 0) {
      return Optional.empty();
    }
    int end = Math.min(minutes.get(0).start(), 12);
    boolean summons = lines.subList(0, end).stream().anyMatch(l -> SUMMONS.matcher(l.text()).find());
    if (!summons) {
      return Optional.empty();
    }
    MeetingHeader h = MeetingHeader.read(lines, 0, end, monthFirst);
    MeetingHeader first = minutes.get(0).heading();
    if (h.committee() == null || h.date() == null || first.date() != null && !h.date().isAfter(first.date())) {
      return Optional.empty(); // the cover of the minutes themselves, or a date that is not later
    }
    return Optional.of(new Meeting(Committees.display(h.committee()), h.date(), h.time(), h.venue()));
  }

  /**
   * The pack's meeting: the front sheet's, or with no front sheet the meeting most cover sheets
   * name (a draft report for a later meeting is outvoted by the pack's own reports), the first
   * one's on a tie (a report, then the earlier report it attaches).
   */
  static Meeting meeting(Optional<FrontSheetParser.FrontSheet> front, List<CoverSheetParser.CoverSheet> covers,
      List<MinutesParser.Found> minutes, List<Line> lines, boolean monthFirst) {
    if (front.isEmpty() && covers.isEmpty() && !minutes.isEmpty()) {
      // Minutes on their own: the document is the record of the meeting they minute, or of the
      // later meeting its cover summons members to.
      MeetingHeader h = minutes.get(0).heading();
      return summonedBy(lines, minutes, monthFirst)
          .orElseGet(() -> new Meeting(Committees.display(h.committee()), h.date(), h.time(), h.venue()));
    }
    Map<String, Integer> votes = new HashMap<>();
    Map<String, CoverSheetParser.CoverSheet> example = new HashMap<>();
    for (CoverSheetParser.CoverSheet c : covers) {
      if (c.meetingDate() != null) {
        String k = (c.meeting() == null ? "" : Committees.key(c.meeting())) + "|" + c.meetingDate();
        votes.merge(k, 1, Integer::sum);
        example.putIfAbsent(k, c);
      }
    }
    Optional<CoverSheetParser.CoverSheet> best = votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> example.get(e.getKey()).line(), Comparator.reverseOrder()))
        .map(e -> example.get(e.getKey()));
    if (best.isEmpty()) {
      best = covers.stream().filter(c -> c.meeting() != null).findFirst(); // undated covers: the first that names a meeting
    }
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

  /**
   * The agenda of a pack with no front sheet, from the {@code Agenda Item 4} stamps at the top of
   * its papers: each stamped page's minutes or report gives the item's title.
   */
  private static List<AgendaItem> stampedItems(List<Line> lines, List<Minutes> minutes, List<Report> reports) {
    List<AgendaItem> items = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = STAMP.matcher(lines.get(i).text());
      if (!m.matches() || !lines.get(i).text().matches("(?i)^agenda\\s+item\\s+\\d+[a-z]?$")) {
        continue;
      }
      int page = lines.get(i).page();
      String title = minutes.stream().filter(x -> x.page() == page).findFirst().map(x -> "Minutes")
          .or(() -> reports.stream().filter(r -> r.page() == page).findFirst().map(Report::title)).orElse(null);
      if (title != null && seen.add(m.group(1))) {
        items.add(new AgendaItem(m.group(1), title, null, page));
      }
    }
    return items;
  }

  /** The time said before the date: {@code to be held at 7.30pm on Wednesday January 16th, 2019}. */
  private static final Pattern AT_TIME_ON = Pattern.compile(
      "(?i)\\bat\\s+(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|noon))\\s+on\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
      + "(?:the\\s+)?(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

  /**
   * The meeting's time where only its date is known: a sentence elsewhere that gives the date
   * and a time ("the next meeting was 1 December 2020 at 1.00 p.m.").
   */
  private static LocalTime timeOf(List<Line> lines, LocalDate date, boolean monthFirst) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!t.contains(String.valueOf(date.getYear()))) {
        continue;
      }
      String two = i + 1 < lines.size() ? t + " " + lines.get(i + 1).text() : t;
      Optional<LocalDate> d = Dates.find(t, monthFirst);
      if (d.isPresent() && d.get().equals(date)) {
        String after = two.substring(two.indexOf(String.valueOf(date.getYear())) + 4);
        Optional<LocalTime> time = Times.find(after.length() > 40 ? after.substring(0, 40) : after);
        if (time.isPresent() && after.strip().matches("(?i)^(?:,\\s*)?(?:at|from|commencing)\\b.*")) {
          return time.get();
        }
        // "... to be held at 7.30pm on" / "Wednesday January 16th, 2019 at Eccleshall Community Centre"
        String before = (i > 0 ? lines.get(i - 1).text() + " " : "") + t;
        Matcher at = AT_TIME_ON.matcher(before);
        if (at.find()) {
          Optional<LocalTime> first = Times.find(at.group(1));
          if (first.isPresent()) {
            return first.get();
          }
        }
      }
    }
    return null;
  }

  private static List<AgendaItem> agendaItems(FrontSheetParser.FrontSheet front, List<Line> lines, int firstStart,
      List<Minutes> minutes, List<Report> reports, PrintedPages printed) {
    Map<String, Integer> stamps = new HashMap<>();
    for (int i = firstStart; i < lines.size(); i++) {
      Matcher m = STAMP.matcher(lines.get(i).text());
      if (m.matches()) {
        stamps.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), lines.get(i).page());
      }
    }
    List<Report> unclaimed = new ArrayList<>(reports);
    List<AgendaItem> items = new ArrayList<>();
    int papersSoFar = front.items().stream().mapToInt(FrontSheetParser.ListedItem::page).max().orElse(0);
    for (FrontSheetParser.ListedItem listed : front.items()) {
      int page = itemPage(listed, minutes, unclaimed, stamps, printed, lines, papersSoFar);
      items.add(new AgendaItem(listed.number(), listed.title(), listed.description(), page));
      papersSoFar = Math.max(papersSoFar, page);
    }
    return items;
  }

  /**
   * The page where papers with no cover sheet start: the first page after {@code after} whose
   * opening lines carry the item's title ({@code WORK PROGRAMME REVIEW} and a page headed
   * {@code Work Programme 2017/18}), or that prints the whole title on a line of its own.
   */
  static int titlePage(FrontSheetParser.ListedItem listed, List<Line> lines, int after) {
    // A cheap look first: a line that carries the title has its longest word.
    String longest = TitleMatch.words(listed.title()).stream().max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    if (longest == null) {
      return -1;
    }
    int page = -1;
    int onPage = 0;
    for (Line l : lines) {
      if (l.page() <= after) {
        continue;
      }
      if (l.page() != page) {
        page = l.page();
        onPage = 0;
      }
      onPage++;
      if (!l.text().toLowerCase(java.util.Locale.ROOT).contains(longest)) {
        continue;
      }
      double score = TitleMatch.score(listed.title(), l.text());
      if (TitleMatch.words(l.text()).size() >= 2 && (score >= 0.9 || onPage <= PAGE_TOP && score >= TITLE_MATCH)) {
        return page;
      }
    }
    return -1;
  }

  /** Where an item's papers start: its minutes, its report by title, its stamp, or its listing. */
  private static int itemPage(FrontSheetParser.ListedItem listed, List<Minutes> minutes, List<Report> unclaimed,
      Map<String, Integer> stamps, PrintedPages printed, List<Line> lines, int after) {
    if (!minutes.isEmpty() && MINUTES_ITEM.matcher(listed.title()).find()) {
      LocalDate held = Dates.find(listed.title() + " " + listed.description()).orElse(null);
      return minutes.stream().filter(m -> held != null && held.equals(m.date())).findFirst().orElse(minutes.get(0)).page();
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
    Integer stamped = listed.number() == null ? null : stamps.get(listed.number().toLowerCase(java.util.Locale.ROOT));
    if (stamped != null) {
      return stamped;
    }
    if (listed.printedPage() > 0) {
      int titled = titlePage(listed, lines, after);
      if (titled > 0) {
        return titled;
      }
      int mapped = printed.pdfPage(listed.printedPage());
      if (mapped > listed.page()) {
        return mapped;
      }
    }
    return listed.page();
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
