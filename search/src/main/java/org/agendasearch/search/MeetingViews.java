package org.agendasearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Builds meeting lists, committee lists and meeting pages from stored records, the same way for
 * every backend: a backend only finds the records.
 */
public final class MeetingViews {

  private MeetingViews() {}

  /**
   * The committee key to filter meetings by, from a committee's name or URL slug
   * ("overview-and-scrutiny-committee"); null when it names none (punctuation alone).
   */
  public static String committeeKey(String committeeOrSlug) {
    return Committees.key(committeeOrSlug.replace('-', ' '));
  }

  /**
   * Meeting records as listed: of {@code year} if given, newest first, each meeting once. A meeting
   * whose papers are several files (its reports pack, its printed minutes, a supplement: what a fetch
   * brings) is listed by its pack, else by its first file.
   */
  public static List<MeetingView.Summary> list(List<StoredRecord> meetingRecords, Integer year) {
    Map<String, MeetingView.Summary> byMeeting = new LinkedHashMap<>();
    List<MeetingView.Summary> sorted = meetingRecords.stream().map(MeetingViews::summary)
        .filter(s -> year == null || (s.date() != null && s.date().startsWith(year + "-")))
        .sorted(Comparator.comparing((MeetingView.Summary s) -> !"agenda_pack".equals(s.kind()))
            .thenComparing(MeetingView.Summary::id))
        .toList();
    for (MeetingView.Summary s : sorted) {
      String key = s.date() == null ? null : Schema.meetingKey(s.councilSlug(), s.committee(),
          java.time.LocalDate.parse(s.date()));
      byMeeting.putIfAbsent(key == null ? "id:" + s.id() : key, s);
    }
    List<MeetingView.Summary> out = new ArrayList<>(byMeeting.values());
    out.sort(Comparator.comparing((MeetingView.Summary s) -> s.date() == null ? "" : s.date()).reversed()
        .thenComparing(MeetingView.Summary::id));
    return out;
  }

  /**
   * Every committee of these meetings, by council and name, with its meeting count and years: two
   * councils' Cabinets are two committees.
   */
  public static List<CommitteeSummary> committees(List<MeetingView.Summary> meetings) {
    Map<String, List<MeetingView.Summary>> bySlug = new TreeMap<>();
    for (MeetingView.Summary m : meetings) {
      if (m.committeeSlug() != null) {
        String council = m.councilSlug() == null ? "" : m.councilSlug();
        bySlug.computeIfAbsent(council + "/" + m.committeeSlug(), k -> new ArrayList<>()).add(m);
      }
    }
    List<CommitteeSummary> out = new ArrayList<>();
    bySlug.forEach((key, ms) -> {
      MeetingView.Summary first = ms.get(0);
      out.add(new CommitteeSummary(Schema.committeeLabel(Committees.key(first.committee())), first.committeeSlug(),
          first.council(), first.councilSlug(), ms.size(), years(ms)));
    });
    return out;
  }

  /** Every council of these meetings, by slug, with its meeting and committee counts and years. */
  public static List<CouncilSummary> councils(List<MeetingView.Summary> meetings) {
    Map<String, List<MeetingView.Summary>> bySlug = new TreeMap<>();
    for (MeetingView.Summary m : meetings) {
      if (m.councilSlug() != null) {
        bySlug.computeIfAbsent(m.councilSlug(), k -> new ArrayList<>()).add(m);
      }
    }
    List<CouncilSummary> out = new ArrayList<>();
    bySlug.forEach((slug, ms) -> out.add(new CouncilSummary(ms.get(0).council(), slug, ms.size(),
        (int) ms.stream().map(MeetingView.Summary::committeeSlug).filter(java.util.Objects::nonNull).distinct().count(),
        years(ms))));
    return out;
  }

  private static List<Integer> years(List<MeetingView.Summary> meetings) {
    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    meetings.stream().filter(m -> m.date() != null).forEach(m -> years.add(Integer.parseInt(m.date().substring(0, 4))));
    return List.copyOf(years);
  }

  /** A meeting page from all of a meeting's records, in any order; empty records give no page. */
  public static java.util.Optional<MeetingView> meeting(List<StoredRecord> records) {
    return meeting(records, List.of());
  }

  /**
   * A meeting page from its own records and the minute records of this meeting read from other
   * files ({@code recordedElsewhere}, found by {@link Schema#MINUTES_OF}); minutes the meeting's
   * own papers already carry are not repeated.
   */
  public static java.util.Optional<MeetingView> meeting(List<StoredRecord> records,
      List<StoredRecord> recordedElsewhere) {
    List<StoredRecord> docs = new ArrayList<>(records);
    docs.sort(Comparator.comparingInt(d -> d.intValue(Schema.ORDINAL)));
    java.util.Set<String> ownIds = new java.util.HashSet<>();
    java.util.Set<String> ownFacts = new java.util.HashSet<>();
    for (StoredRecord d : docs) {
      ownIds.add(d.get(Schema.ID));
      if (d.get(Schema.MINUTES_OF) != null) {
        ownFacts.add(d.get(Schema.MINUTES_OF) + "#" + d.get(Schema.ITEM_NUMBER));
      }
    }
    // One file's copy of each minute this meeting's papers do not carry: the first file by id.
    Map<String, String> fileOfMinute = new TreeMap<>();
    List<StoredRecord> others = new ArrayList<>();
    recordedElsewhere.stream().filter(d -> !ownIds.contains(d.get(Schema.ID)))
        .sorted(Comparator.comparing((StoredRecord d) -> d.get(Schema.DOCUMENT_ID))
            .thenComparingInt(d -> d.intValue(Schema.ORDINAL)))
        .forEach(d -> {
          String fact = d.get(Schema.MINUTES_OF) + "#" + d.get(Schema.ITEM_NUMBER);
          if (!ownFacts.contains(fact)
              && fileOfMinute.computeIfAbsent(fact, k -> d.get(Schema.DOCUMENT_ID)).equals(d.get(Schema.DOCUMENT_ID))) {
            others.add(d);
          }
        });
    return docs.stream().filter(d -> type(d) == RecordType.MEETING).findFirst().map(m -> {
      MeetingView own = view(summary(m), docs, false);
      MeetingView elsewhere = view(summary(m), others, true);
      List<MeetingView.MinutesEntry> minutes = new ArrayList<>(elsewhere.minutes());
      minutes.addAll(own.minutes());
      return new MeetingView(own.meeting(), own.agendaItems(), minutes, own.reports());
    });
  }

  private static MeetingView view(MeetingView.Summary summary, List<StoredRecord> docs, boolean elsewhere) {
    List<MeetingView.Entry> agenda = new ArrayList<>();
    List<MeetingView.Entry> reports = new ArrayList<>();
    Map<String, MinutesBuilder> minutes = new LinkedHashMap<>();
    Map<String, MinuteBuilder> items = new LinkedHashMap<>();
    for (StoredRecord d : docs) {
      RecordType t = type(d);
      String id = d.get(Schema.ID);
      switch (t) {
        case AGENDA_ITEM -> agenda.add(entry(d));
        case REPORT -> reports.add(entry(d));
        case MINUTE_ITEM -> {
          String minutesKey = id.substring(0, id.lastIndexOf('/'));
          MinutesBuilder mb = minutes.computeIfAbsent(minutesKey,
              k -> new MinutesBuilder(d.get(Schema.COMMITTEE), d.get(Schema.DATE_DISPLAY), d.intValue(Schema.PAGE),
                  d.get(Schema.DOCUMENT_ID), d.get(Schema.SOURCE), elsewhere));
          MinuteBuilder item = new MinuteBuilder(d.get(Schema.ITEM_NUMBER), d.get(Schema.TITLE_DISPLAY),
              d.intValue(Schema.PAGE));
          mb.items.add(item);
          items.put(id, item);
        }
        case RESOLUTION -> {
          MinuteBuilder item = items.get(id.substring(0, id.indexOf("/resolution/")));
          if (item != null) {
            item.resolutions.add(entry(d));
          }
        }
        case PERSON -> {
          MinutesBuilder mb = minutes.computeIfAbsent(id.substring(0, id.indexOf("/person/")),
              k -> new MinutesBuilder(d.get(Schema.COMMITTEE), d.get(Schema.DATE_DISPLAY), d.intValue(Schema.PAGE),
                  d.get(Schema.DOCUMENT_ID), d.get(Schema.SOURCE), elsewhere));
          mb.people.add(new MeetingView.PersonEntry(d.get(Schema.PERSON_KEY),
              org.agendasearch.search.people.PersonFacts.fromJson(d.get(Schema.PERSON_FACTS))));
        }
        default -> { }
      }
    }
    List<MeetingView.MinutesEntry> m = minutes.values().stream().map(MinutesBuilder::build).toList();
    return new MeetingView(summary, agenda, m, reports);
  }

  private static final class MinutesBuilder {
    final String committee;
    final String date;
    final int page;
    final String documentId;
    final String source;
    final boolean elsewhere;
    final List<MinuteBuilder> items = new ArrayList<>();
    final List<MeetingView.PersonEntry> people = new ArrayList<>();

    MinutesBuilder(String committee, String date, int page, String documentId, String source, boolean elsewhere) {
      this.committee = committee;
      this.date = date;
      this.page = page;
      this.documentId = documentId;
      this.source = source;
      this.elsewhere = elsewhere;
    }

    MeetingView.MinutesEntry build() {
      return new MeetingView.MinutesEntry(committee, date, page, items.stream().map(MinuteBuilder::build).toList(),
          documentId, source, elsewhere, List.copyOf(people));
    }
  }

  private static final class MinuteBuilder {
    final String number;
    final String title;
    final int page;
    final List<MeetingView.Entry> resolutions = new ArrayList<>();

    MinuteBuilder(String number, String title, int page) {
      this.number = number;
      this.title = title;
      this.page = page;
    }

    MeetingView.MinuteEntry build() {
      return new MeetingView.MinuteEntry(number, title, page, List.copyOf(resolutions));
    }
  }

  /** A meeting record's {@link Schema#MEETING_KEY}, or null when its committee or date is unknown. */
  public static String meetingKey(StoredRecord meeting) {
    String date = meeting.get(Schema.DATE_DISPLAY);
    return date == null ? null : Schema.meetingKey(meeting.get(Schema.COUNCIL_SLUG), meeting.get(Schema.COMMITTEE),
        java.time.LocalDate.parse(date));
  }

  private static MeetingView.Entry entry(StoredRecord d) {
    String council = d.get(Schema.COUNCIL_SLUG);
    return new MeetingView.Entry(d.get(Schema.ID), d.get(Schema.ITEM_NUMBER), d.get(Schema.TITLE_DISPLAY),
        d.get(Schema.TEXT), d.intValue(Schema.PAGE), d.get(Schema.AUTHOR),
        MeetingView.PersonRef.of(d.get(Schema.MOVED_BY), council), MeetingView.PersonRef.of(d.get(Schema.SECONDED_BY), council),
        org.agendasearch.search.schema.IndexRecord.Votes.fromJson(d.get(Schema.VOTES)));
  }

  private static MeetingView.Summary summary(StoredRecord d) {
    String committee = d.get(Schema.COMMITTEE);
    return new MeetingView.Summary(d.get(Schema.MEETING_ID), committee, Committees.slug(committee),
        d.get(Schema.DATE_DISPLAY), d.get(Schema.TIME), d.get(Schema.VENUE), d.get(Schema.SOURCE),
        d.get(Schema.TITLE_DISPLAY), d.get(Schema.KIND), d.get(Schema.NOTE), d.get(Schema.COUNCIL),
        d.get(Schema.COUNCIL_SLUG));
  }

  private static RecordType type(StoredRecord d) {
    return RecordType.ofKey(d.get(Schema.TYPE));
  }
}
