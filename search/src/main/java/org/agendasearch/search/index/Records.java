package org.agendasearch.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.RecordType;

/**
 * Flattens a pack into the records we index: the meeting, each agenda item, report, minute and
 * resolution, and every page (so any hit can link to its page).
 */
public final class Records {

  /** A report's text is its pages' text up to this many characters. */
  static final int MAX_REPORT_CHARS = 200_000;

  private Records() {}

  public static List<IndexRecord> of(Pack pack, String relativePath) {
    String doc = DocumentIds.of(relativePath);
    String committee = pack.meeting().committee();
    LocalDate date = pack.meeting().date();
    List<IndexRecord> out = new ArrayList<>();
    String docTitle = documentTitle(pack);
    if (committee != null || date != null) {
      StringBuilder text = new StringBuilder();
      if (pack.meeting().venue() != null) {
        text.append(pack.meeting().venue()).append('\n');
      }
      for (AgendaItem a : pack.agendaItems()) {
        text.append(a.number()).append(". ").append(a.title()).append('\n');
      }
      out.add(record(doc + "/meeting", doc, RecordType.MEETING, relativePath, pack, committee, date, docTitle,
          text.toString(), null, 1));
    }
    for (AgendaItem a : pack.agendaItems()) {
      out.add(record(doc + "/item/" + a.number(), doc, RecordType.AGENDA_ITEM, relativePath, pack, committee, date,
          a.title(), a.description(), a.number(), a.page()));
    }
    for (int r = 0; r < pack.reports().size(); r++) {
      Report report = pack.reports().get(r);
      String rc = report.meeting() != null ? report.meeting() : committee;
      LocalDate rd = report.meetingDate() != null ? report.meetingDate() : date;
      out.add(record(doc + "/report/" + (r + 1), doc, RecordType.REPORT, relativePath, pack, rc, rd,
          report.title(), pagesText(pack, report.page(), report.lastPage()), null, report.page()));
    }
    for (int m = 0; m < pack.minutes().size(); m++) {
      Minutes minutes = pack.minutes().get(m);
      for (MinuteItem item : minutes.items()) {
        String base = doc + "/minutes/" + (m + 1) + "/" + item.number();
        out.add(record(base, doc, RecordType.MINUTE_ITEM, relativePath, pack, minutes.committee(), minutes.date(),
            item.title(), item.text(), item.number(), item.page()));
        for (int k = 0; k < item.resolutions().size(); k++) {
          Resolution res = item.resolutions().get(k);
          out.add(record(base + "/resolution/" + (k + 1), doc, RecordType.RESOLUTION, relativePath, pack,
              minutes.committee(), minutes.date(), item.title(), res.text(), item.number(), res.page()));
        }
      }
    }
    for (Page page : pack.pages()) {
      if (!page.text().isBlank()) {
        out.add(record(doc + "/page/" + page.number(), doc, RecordType.PAGE, relativePath, pack, committee, date,
            docTitle, page.text(), null, page.number()));
      }
    }
    return out;
  }

  /** "Cabinet, 26 February 2015" for a meeting's pack; the first line for anything else. */
  static String documentTitle(Pack pack) {
    String committee = pack.meeting().committee();
    LocalDate date = pack.meeting().date();
    if (committee != null && date != null) {
      return committee + ", " + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
          java.util.Locale.UK));
    }
    if (committee != null) {
      return committee;
    }
    for (Page p : pack.pages()) {
      for (String line : p.text().split("\n")) {
        if (!line.isBlank()) {
          String t = line.strip();
          return t.length() > 120 ? t.substring(0, 120) : t;
        }
      }
    }
    return pack.source();
  }

  private static String pagesText(Pack pack, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (Page p : pack.pages()) {
      if (p.number() >= from && p.number() <= to) {
        sb.append(p.text()).append('\n');
        if (sb.length() > MAX_REPORT_CHARS) {
          break;
        }
      }
    }
    return sb.toString();
  }

  private static IndexRecord record(String id, String doc, RecordType type, String source, Pack pack,
      String committee, LocalDate date, String title, String text, String number, int page) {
    return new IndexRecord(id, doc, type, source, pack.sha256(), committee, date, title, text, number, page);
  }
}
