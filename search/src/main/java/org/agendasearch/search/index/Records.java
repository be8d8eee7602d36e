package org.agendasearch.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.search.people.MinutesPeople;
import org.agendasearch.search.people.PersonFacts;
import org.agendasearch.search.people.PersonNames;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.RecordType;

/**
 * Flattens a pack into the records we index: the meeting, each agenda item, report, minute and
 * resolution, and every page (so any hit can link to its page).
 */
public final class Records {

  /**
   * A report's text is its pages' text up to this many characters (its cover sheet, purpose,
   * recommendations and first sections). Every page is also a record of its own, so nothing
   * further in is lost to search; a longer report record made highlighting load and scan up to
   * 200,000 characters per hit.
   */
  public static final int MAX_REPORT_CHARS = 20_000;

  private Records() {}

  /** The records of a pack with no council; {@code fileStamp} (size and time of the file) goes on the first. */
  public static List<IndexRecord> of(Pack pack, String relativePath, String fileStamp) {
    return of(pack, relativePath, fileStamp, null);
  }

  /**
   * The records of a pack of {@code council}'s (null: not known); {@code fileStamp} (size and time
   * of the file) goes on the first.
   */
  public static List<IndexRecord> of(Pack pack, String relativePath, String fileStamp, Council council) {
    String doc = DocumentIds.of(relativePath);
    String committee = pack.meeting().committee();
    LocalDate date = pack.meeting().date();
    List<IndexRecord> out = new ArrayList<>();
    String docTitle = documentTitle(pack);
    boolean hasMeeting = committee != null || date != null;
    Builder b = new Builder(out, doc, relativePath, pack, council, hasMeeting ? doc : null, fileStamp, documentNote(pack),
        unreadPages(pack));
    if (hasMeeting) {
      StringBuilder text = new StringBuilder(meetingSentence(pack)).append('\n');
      for (AgendaItem a : pack.agendaItems()) {
        text.append(a.number()).append(". ").append(a.title()).append('\n');
      }
      String time = pack.meeting().time() == null ? null : pack.meeting().time().toString();
      b.add(doc + "/meeting", RecordType.MEETING, committee, date, docTitle, text.toString(), null, 1, 1,
          new IndexRecord.Detail(time, pack.meeting().venue(), null, pack.kind().key()));
    }
    List<String> itemIds = uniqueIds(pack.agendaItems().stream().map(AgendaItem::number).toList());
    for (int i = 0; i < pack.agendaItems().size(); i++) {
      AgendaItem a = pack.agendaItems().get(i);
      b.add(doc + "/item/" + itemIds.get(i), RecordType.AGENDA_ITEM, committee, date, a.title(), a.description(),
          a.number(), a.page(), a.page(), IndexRecord.Detail.NONE);
    }
    for (int r = 0; r < pack.reports().size(); r++) {
      Report report = pack.reports().get(r);
      String rc = report.meeting() != null ? report.meeting() : committee;
      LocalDate rd = report.meetingDate() != null ? report.meetingDate() : date;
      b.add(doc + "/report/" + (r + 1), RecordType.REPORT, rc, rd, report.title(),
          pagesText(pack, report.page(), report.lastPage()), null, report.page(), report.lastPage(),
          new IndexRecord.Detail(null, null, report.reportBy(), null));
    }
    for (int m = 0; m < pack.minutes().size(); m++) {
      Minutes minutes = pack.minutes().get(m);
      List<String> minuteIds = uniqueIds(minutes.items().stream().map(MinuteItem::number).toList());
      for (int i = 0; i < minutes.items().size(); i++) {
        MinuteItem item = minutes.items().get(i);
        String base = doc + "/minutes/" + (m + 1) + "/" + minuteIds.get(i);
        boolean headless = item.number() == null && item.title() == null && item.text().isBlank();
        if (!headless) { // minutes that print no headings keep their decisions in a minute with nothing of its own to show
          b.add(base, RecordType.MINUTE_ITEM, minutes.committee(), minutes.date(), item.title(), item.text(),
              item.number(), item.page(), item.page(), IndexRecord.Detail.NONE);
        }
        for (int k = 0; k < item.resolutions().size(); k++) {
          Resolution res = item.resolutions().get(k);
          IndexRecord.Detail motion = res.movedBy() == null && res.secondedBy() == null && res.votes() == null
              ? IndexRecord.Detail.NONE
              : new IndexRecord.Detail(null, null, null, null,
                  new IndexRecord.Motion(res.movedBy(), res.secondedBy(), res.votes()), null);
          b.add(base + "/resolution/" + (k + 1), RecordType.RESOLUTION, minutes.committee(), minutes.date(),
              item.title(), res.text(), item.number(), res.page(), res.page(), motion);
        }
      }
      List<PersonFacts> people = MinutesPeople.of(minutes);
      for (int p = 0; p < people.size(); p++) {
        PersonFacts person = people.get(p);
        String councilSlug = council == null ? null : council.slug();
        IndexRecord.Detail detail = new IndexRecord.Detail(null, null, null, null, null,
            new IndexRecord.Person(PersonNames.slug(councilSlug, person.name()), person.name(), person.toJson()));
        b.add(doc + "/minutes/" + (m + 1) + "/person/" + (p + 1), RecordType.PERSON, minutes.committee(), minutes.date(),
            person.name(), personSentence(person), null, person.page(), person.page(), detail);
      }
    }
    for (Page page : pack.pages()) {
      if (!page.text().isBlank()) {
        b.add(doc + "/page/" + page.number(), RecordType.PAGE, committee, date, docTitle, page.text(), null,
            page.number(), page.number(), new IndexRecord.Detail(null, null, null, pack.kind().key()));
      }
    }
    return out;
  }

  /**
   * A person's record in words, as people search for it: "Councillor R W Gough (Chairman): present.
   * Declared a pecuniary interest in item 7. Moved 59."
   */
  static String personSentence(PersonFacts p) {
    StringBuilder sb = new StringBuilder();
    if (p.title() != null) {
      sb.append(p.title()).append(' ');
    }
    sb.append(String.join(" / ", p.spellings()));
    if (p.role() != null) {
      sb.append(" (").append(p.role()).append(')');
    }
    sb.append(": ").append(p.status() == null ? "named in the minutes" : p.status()).append('.');
    for (PersonFacts.Declared d : p.declarations()) {
      sb.append(" Declared ").append(d.interest() == null ? "an" : "a " + d.interest()).append(" interest")
          .append(d.itemNumber() == null ? "" : " in item " + d.itemNumber()).append('.');
    }
    for (PersonFacts.Motion mo : p.motions()) {
      sb.append(' ').append(mo.role().equals("moved") ? "Moved" : "Seconded").append(' ')
          .append(mo.itemNumber() != null ? mo.itemNumber() : mo.title() != null ? mo.title() : "a motion on page " + mo.page())
          .append('.');
    }
    return sb.toString();
  }

  /**
   * The meeting in words, as people search for it: "Meeting of Cabinet on Thursday 26 February
   * 2015 at 14:00, Shire Hall, St Peters Square, Hereford."
   */
  static String meetingSentence(Pack pack) {
    StringBuilder sb = new StringBuilder("Meeting");
    if (pack.meeting().committee() != null) {
      sb.append(" of ").append(pack.meeting().committee());
    }
    if (pack.meeting().date() != null) {
      sb.append(" on ").append(pack.meeting().date().format(
          java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)));
    }
    if (pack.meeting().time() != null) {
      sb.append(" at ").append(pack.meeting().time());
    }
    if (pack.meeting().venue() != null) {
      sb.append(", ").append(pack.meeting().venue());
    }
    return sb.append('.').toString();
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
          sb.setLength(MAX_REPORT_CHARS);
          break;
        }
      }
    }
    return sb.toString();
  }

  /**
   * What a reader should know about a document's text, or null: "40 of 53 pages could not be
   * read", "Text from OCR" (every page scanned), "3 of 53 pages' text from OCR".
   */
  static String documentNote(Pack pack) {
    int total = pack.pages().size();
    int unread = unreadPages(pack).size();
    long ocr = pack.pages().stream().filter(Page::ocr).count();
    List<String> notes = new ArrayList<>();
    if (unread > 0) {
      notes.add(unread + " of " + total + " page" + (total == 1 ? "" : "s") + " could not be read");
    }
    if (ocr > 0) {
      notes.add(ocr == total ? "Text from OCR" : ocr + " of " + total + " pages' text from OCR");
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  /** The pages with no text at all (damaged, or scanned and not OCR'd). */
  static java.util.Set<Integer> unreadPages(Pack pack) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (Page p : pack.pages()) {
      if (p.text() == null || p.text().isBlank()) {
        out.add(p.number());
      }
    }
    return out;
  }

  /** Numbers records in order and fills in what every record of one document shares. */
  private record Builder(List<IndexRecord> out, String doc, String source, Pack pack, Council council, String meetingId,
      String fileStamp, String note, java.util.Set<Integer> unread) {
    void add(String id, RecordType type, String committee, LocalDate date, String title, String text, String number,
        int page, int lastPage, IndexRecord.Detail detail) {
      // A record placed on a page that could not be read gets no page: a link there would show nothing.
      int shown = unread.contains(page) && type != RecordType.MEETING ? 0 : page;
      String recordNote = note;
      if (type == RecordType.PAGE && pack.pages().stream().anyMatch(p -> p.number() == page && p.ocr())) {
        recordNote = note == null || note.equals("Text from OCR") ? "Text from OCR"
            : "Text from OCR; " + note;
      }
      out.add(new IndexRecord(id, doc, type, source, pack.sha256(), council, Committees.display(committee), date, title, text,
          number, shown, shown == 0 ? 0 : Math.max(shown, lastPage), out.size(), meetingId, detail, out.isEmpty() ? fileStamp : null,
          recordNote));
    }
  }


  /**
   * Record ids for items by their numbers, unique within their list: an item with no number
   * ("CALL TO ORDER") or with a number printed twice is known by its place instead ("n3").
   */
  static List<String> uniqueIds(List<String> numbers) {
    java.util.Map<String, Long> counts = numbers.stream().filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
    List<String> ids = new ArrayList<>(numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      String n = numbers.get(i);
      ids.add(n != null && counts.get(n) == 1 && !n.startsWith("n") ? n : "n" + (i + 1));
    }
    return ids;
  }

}
