package org.agendasearch.ingest.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.ingest.model.Resolution;

/**
 * Writes realistic agenda packs as PDFs, each beside the records a parser should find in it
 * ({@code name.expected.json}, the parse contract). The layouts vary as real packs do: a front
 * sheet or none, page ranges beside a title, under it or dumped after the last item, minute
 * numbers restarting or running on, the resolution spellings of real minutes, cover-sheet labels
 * in any case and order, a draft report for a later Cabinet, a work programme whose "Meeting
 * date:" rows are not cover sheets, appendices of tables. Deterministic for a seed.
 */
public final class PackGenerator {

  /** What to generate. {@code longEvery}: every so many packs is a very long one (0: none). */
  public record Options(int packs, long seed, int appendixPages, int longEvery, int longPages) {
    public static Options of(int packs, long seed) {
      return new Options(packs, seed, 6, 50, 1000);
    }
  }

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PackGenerator() {}

  /** Writes {@code options.packs()} packs into {@code out}; returns the PDFs written. */
  public static List<Path> generate(Options options, Path out) throws IOException {
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < options.packs(); i++) {
      SplittableRandom r = new SplittableRandom(options.seed() * 1_000_003L + i);
      boolean veryLong = options.longEvery() > 0 && i % options.longEvery() == options.longEvery() - 1;
      Path pdf = out.resolve(String.format("synthetic-%05d.pdf", i));
      Pack expected = writePack(r, pdf, veryLong ? options.longPages() : options.appendixPages(),
          options.seed() * 1_000_003L + i);
      Files.writeString(out.resolve(String.format("synthetic-%05d.expected.json", i)),
          PackJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(PackJson.toJson(expected, false)));
      written.add(pdf);
    }
    return written;
  }

  static Pack writePack(SplittableRandom r, Path pdf, int appendixPages, long id) throws IOException {
    String committee = Vocabulary.pick(r, Vocabulary.COMMITTEES);
    LocalDate date = LocalDate.of(2012 + r.nextInt(13), 1 + r.nextInt(12), 1 + r.nextInt(28));
    LocalTime time = LocalTime.of(9 + r.nextInt(6), r.nextBoolean() ? 0 : 30);
    String venue = Vocabulary.pick(r, Vocabulary.VENUES);
    LocalDate previous = date.minusDays(35 + r.nextInt(40));
    boolean frontSheet = r.nextInt(100) < 85;
    List<String> topics = new ArrayList<>();
    int reportCount = 1 + r.nextInt(4);
    while (topics.size() < reportCount) {
      String t = Vocabulary.pick(r, Vocabulary.TOPICS);
      if (!topics.contains(t)) {
        topics.add(t);
      }
    }
    try (PdfWriter w = new PdfWriter()) {
      List<AgendaItem> agenda = new ArrayList<>();
      List<int[]> agendaLines = new ArrayList<>();
      int frontPage = 1;
      List<String[]> listed = agendaPlan(r, topics, previous);
      if (frontSheet) {
        frontSheet(w, r, committee, date, time, venue, listed);
      }
      // Minutes of the previous meeting.
      w.newPage();
      int minutesPage = w.page();
      Minutes minutes = minutes(w, r, committee, previous, venue);
      // Reports, one per topic, and perhaps a draft for a later Cabinet.
      List<Report> reports = new ArrayList<>();
      List<AgendaItem> stamped = new ArrayList<>();
      for (int k = 0; k < topics.size(); k++) {
        w.newPage();
        boolean stamp = r.nextBoolean();
        if (stamp) {
          w.line("Agenda item " + agendaNumber(listed, k));
        }
        reports.add(report(w, r, committee, date, titleCase(topics.get(k)), appendixPages));
        if (stamp) {
          // With no front sheet, a stamp is all a pack says of its agenda: the item, titled by its report.
          Report made = reports.get(reports.size() - 1);
          stamped.add(new AgendaItem(Integer.toString(agendaNumber(listed, k)), made.title(), null, made.page()));
        }
      }
      if (committee.toLowerCase(Locale.ROOT).contains("scrutiny") && r.nextInt(3) == 0) {
        w.newPage();
        reports.add(report(w, r, "Cabinet", date.plusDays(10), "Draft decision on " + topics.get(0), 1));
      }
      workProgramme(w, r, date);
      int workProgrammePage = w.page();
      // The expected agenda: standing items on the front page, minutes at the minutes, reports at
      // their cover, the work programme at its page (papers with no cover sheet, headed by their title).
      for (int k = 0; k < listed.size(); k++) {
        String number = Integer.toString(k + 1);
        String title = listed.get(k)[0];
        int page = frontPage;
        if (title.equals("MINUTES")) {
          page = minutesPage;
        } else if (title.equals("WORK PROGRAMME")) {
          page = workProgrammePage;
        } else if (listed.get(k)[2] != null) {
          page = reports.get(Integer.parseInt(listed.get(k)[2])).page();
        }
        agenda.add(new AgendaItem(number, title, listed.get(k)[1], page));
      }
      w.save(pdf, id);
      List<Page> pages = new ArrayList<>();
      for (int p = 1; p <= w.page(); p++) {
        pages.add(new Page(p, "", false));
      }
      Meeting meeting = frontSheet ? new Meeting(committee, date, time, venue)
          : new Meeting(committee, date, null, null);
      String sha;
      try {
        sha = Ingestor.sha256(pdf);
      } catch (ExtractionException e) {
        throw new IOException(e.getMessage(), e);
      }
      return new Pack(pdf.getFileName().toString(), sha, DocumentKind.AGENDA_PACK, meeting,
          frontSheet ? agenda : stamped, List.of(minutes), reports, pages, List.of());
    }
  }

  /** The agenda number of the item whose papers are report {@code k}. */
  private static int agendaNumber(List<String[]> listed, int k) {
    for (int i = 0; i < listed.size(); i++) {
      if (Integer.toString(k).equals(listed.get(i)[2])) {
        return i + 1;
      }
    }
    throw new IllegalStateException("no agenda item for report " + k);
  }

  /** Each agenda item: title, description, and the index of its report (or null). */
  private static List<String[]> agendaPlan(SplittableRandom r, List<String> topics, LocalDate previous) {
    List<String[]> items = new ArrayList<>();
    items.add(new String[] {"APOLOGIES FOR ABSENCE", "To receive apologies for absence.", null});
    if (r.nextBoolean()) {
      items.add(new String[] {"NAMED SUBSTITUTES",
          "To receive details of members nominated to attend the meeting in place of a member of the committee.", null});
    }
    items.add(new String[] {"DECLARATIONS OF INTEREST",
        "To receive any declarations of interest in respect of items on the agenda.", null});
    items.add(new String[] {"MINUTES", "To approve and sign the minutes of the meeting held on "
        + previous.format(SHORT_DATE) + ".", null});
    for (int k = 0; k < topics.size(); k++) {
      items.add(new String[] {topics.get(k).toUpperCase(Locale.ROOT),
          "To consider the " + topics.get(k) + " and agree any recommendations.", Integer.toString(k)});
    }
    items.add(new String[] {"WORK PROGRAMME", "To consider the work programme for the committee.", null});
    return items;
  }

  private static void frontSheet(PdfWriter w, SplittableRandom r, String committee, LocalDate date, LocalTime time,
      String venue, List<String[]> items) {
    w.heading(r.nextBoolean() ? "Agenda" : "AGENDA");
    w.heading(committee);
    w.line("Date: " + date.format(LONG_DATE));
    w.line("Time: " + twelveHour(time));
    w.line("Place: " + venue);
    w.line("Notes: Please note the time, date and venue of the meeting.");
    w.line("For any further information please contact:");
    w.line("Democratic Services Officer, Tel: 01432 260239");
    w.blank();
    w.line("Agenda for the meeting of the " + committee);
    w.line("Membership");
    w.line("Chairperson Councillor A Smith");
    w.line("Councillor B Jones Councillor C Patel Councillor D Evans");
    w.blank();
    w.heading("Agenda");
    w.line("Pages");
    int style = r.nextInt(3); // 0: range beside the title, 1: on the line after it, 2: all after the last item
    int start = 5;
    List<String> dumped = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      String range = start + " - " + (start + 3 + r.nextInt(40));
      start += 50;
      boolean hasRange = !items.get(k)[0].startsWith("APOLOGIES") && !items.get(k)[0].startsWith("DECLARATIONS")
          && !items.get(k)[0].startsWith("NAMED");
      String head = (k + 1) + ". " + items.get(k)[0];
      if (hasRange && style == 0) {
        head = head + " " + range;
      }
      w.line(head);
      if (hasRange && style == 1) {
        w.line(range);
      }
      if (hasRange && style == 2) {
        dumped.add(range);
      }
      w.line(items.get(k)[1]);
    }
    dumped.forEach(w::line);
    w.blank();
    w.heading("The Public's Rights to Information and Attendance at Meetings");
    w.line("You have a right to attend all council, cabinet and committee meetings unless the business would disclose confidential information.");
  }

  private static Minutes minutes(PdfWriter w, SplittableRandom r, String committee, LocalDate held, String venue) {
    int page = w.page();
    String lead = r.nextBoolean() ? "Minutes" : "MINUTES";
    w.heading(lead + " of the meeting of " + committee + " held at " + venue + " on " + held.format(LONG_DATE)
        + " at " + twelveHour(LocalTime.of(10 + r.nextInt(4), 0)));
    w.line("Present: Councillor A Smith (chairperson)");
    w.line("Councillors: B Jones, C Patel and D Evans");
    w.line("Officers: Director for children and families, Democratic services officer");
    int n = r.nextBoolean() ? 1 : 20 + r.nextInt(100);
    List<MinuteItem> items = new ArrayList<>();
    items.add(minute(w, n++, "APOLOGIES FOR ABSENCE", List.of("There were no apologies for absence."), List.of()));
    items.add(minute(w, n++, "DECLARATIONS OF INTEREST", List.of("There were no declarations of interest."), List.of()));
    items.add(minute(w, n++, "MINUTES", List.of(), List.<String[]>of(resolution(r, "the minutes of the meeting held on "
        + held.minusDays(42).format(SHORT_DATE) + " be approved as a correct record and signed by the chairperson."))));
    int topics = 2 + r.nextInt(4);
    for (int k = 0; k < topics; k++) {
      String topic = Vocabulary.pick(r, Vocabulary.TOPICS);
      List<String> prose = new ArrayList<>();
      for (int s = 0; s < 2 + r.nextInt(4); s++) {
        prose.add(String.format(Vocabulary.pick(r, Vocabulary.SENTENCES), topic));
      }
      if (r.nextInt(5) == 0) {
        prose.add("It was noted that most complaints were resolved within one month of being received.");
      }
      List<String[]> res = new ArrayList<>();
      int count = r.nextInt(4) == 0 ? 0 : 1 + (r.nextInt(4) == 0 ? 1 : 0);
      for (int c = 0; c < count; c++) {
        res.add(resolution(r, "the committee notes the report on the " + topic + " and asks for an update in six months."));
      }
      items.add(minute(w, n++, topic.toUpperCase(Locale.ROOT), prose, res));
    }
    items.add(minute(w, n, "DATE OF NEXT MEETING", List.of("The next meeting will be held in two months."), List.of()));
    w.line("The meeting ended at " + twelveHour(LocalTime.of(12 + r.nextInt(4), 10 * r.nextInt(6))));
    w.line("Chairperson");
    return new Minutes(committee, held, page, items);
  }

  /** A resolution as printed (first element: lines) and as expected (second: the text). */
  private static String[] resolution(SplittableRandom r, String body) {
    return switch (r.nextInt(4)) {
      case 0 -> new String[] {"RESOLVED: That " + body, "That " + body};
      case 1 -> new String[] {"Resolved – that " + body, "that " + body};
      case 2 -> new String[] {"Resolved: It was resolved that " + body, "It was resolved that " + body};
      default -> new String[] {"RESOLVED:\n(a) that " + body + "\n(b) the chairperson writes to the cabinet member.",
          "(a) that " + body + "\n(b) the chairperson writes to the cabinet member."};
    };
  }

  private static MinuteItem minute(PdfWriter w, int number, String title, List<String> prose, List<String[]> resolutions) {
    int page = w.nextLinePage();
    w.heading(number + ". " + title);
    prose.forEach(w::line);
    List<Resolution> expected = new ArrayList<>();
    for (String[] res : resolutions) {
      int resPage = w.nextLinePage();
      for (String line : res[0].split("\n")) {
        w.line(line);
      }
      expected.add(new Resolution(PdfWriter.ascii(res[1]), resPage));
    }
    return new MinuteItem(Integer.toString(number), title, page, String.join(" ", prose), expected);
  }

  private static Report report(PdfWriter w, SplittableRandom r, String committee, LocalDate date, String title,
      int appendixPages) {
    int page = w.page();
    String author = Vocabulary.pick(r, Vocabulary.OFFICERS);
    boolean upper = r.nextInt(4) == 0;
    String[][] labels = {
        {"Meeting:", committee}, {"Meeting date:", date.format(LONG_DATE)}, {"Title of report:", title},
        {"Report by:", author}};
    if (r.nextInt(4) == 0) { // another order: title first
      String[] t = labels[2];
      labels[2] = labels[0];
      labels[0] = t;
    }
    for (String[] l : labels) {
      w.line((upper ? l[0].toUpperCase(Locale.ROOT) : l[0]) + " " + l[1]);
    }
    w.line("Classification");
    w.line("Open");
    w.line("Purpose");
    w.line(String.format(Vocabulary.pick(r, Vocabulary.SENTENCES), title.toLowerCase(Locale.ROOT)));
    w.line("Recommendation(s)");
    w.line("THAT: (a) the report on the " + title.toLowerCase(Locale.ROOT) + " be noted.");
    for (int p = 1; p <= 12; p++) {
      w.line(p + ". " + String.format(Vocabulary.pick(r, Vocabulary.SENTENCES), title.toLowerCase(Locale.ROOT)));
    }
    for (int a = 0; a < appendixPages; a++) {
      w.newPage();
      w.heading("Appendix " + (a + 1) + " - performance data");
      w.line("Indicator | 2019/20 | 2020/21 | 2021/22 | Target");
      for (int row = 0; row < 40; row++) {
        w.line("Measure " + (row + 1) + " " + Vocabulary.pick(r, Vocabulary.TOPICS) + " | " + r.nextInt(100) + "% | "
            + r.nextInt(100) + "% | " + r.nextInt(100) + "% | " + r.nextInt(100) + "%");
      }
    }
    int last = w.page();
    return new Report(title, committee, date, author, page, last);
  }

  private static void workProgramme(PdfWriter w, SplittableRandom r, LocalDate date) {
    w.newPage();
    w.heading("Work programme");
    for (int k = 1; k <= 3; k++) {
      w.line("Meeting date: " + date.plusMonths(2L * k).format(SHORT_DATE));
      w.line(titleCase(Vocabulary.pick(r, Vocabulary.TOPICS)));
      w.line(titleCase(Vocabulary.pick(r, Vocabulary.TOPICS)));
    }
  }

  private static String twelveHour(LocalTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return String.format("%d.%02d %s", h, t.getMinute(), t.getHour() < 12 ? "am" : "pm");
  }

  private static String titleCase(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
