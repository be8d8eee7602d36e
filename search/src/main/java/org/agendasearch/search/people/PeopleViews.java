package org.agendasearch.search.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agendasearch.search.StoredRecord;
import org.agendasearch.search.schema.Schema;

/**
 * A council's people and one person's page, from person records as any backend returns them. The
 * same minutes read from two files (a later pack and the standalone minutes) count once: the first
 * file by id is kept.
 */
public final class PeopleViews {

  private PeopleViews() {}

  /** Everyone the records name, by name. */
  public static List<PersonSummary> list(List<StoredRecord> personRecords) {
    Map<String, List<StoredRecord>> bySlug = new TreeMap<>();
    for (StoredRecord r : once(personRecords)) {
      bySlug.computeIfAbsent(r.get(Schema.PERSON_KEY), k -> new ArrayList<>()).add(r);
    }
    return bySlug.values().stream().map(rs -> summary(rs, facts(rs)))
        .sorted(Comparator.comparing((PersonSummary p) -> p.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(PersonSummary::slug))
        .toList();
  }

  /** One person's page from their records (all of one {@link Schema#PERSON_KEY}); empty when there are none. */
  public static Optional<PersonView> person(List<StoredRecord> personRecords) {
    List<StoredRecord> records = new ArrayList<>(once(personRecords));
    if (records.isEmpty()) {
      return Optional.empty();
    }
    records.sort(Comparator.comparing((StoredRecord r) -> String.valueOf(r.get(Schema.DATE_DISPLAY))).reversed()
        .thenComparing(r -> r.get(Schema.ID)));
    List<PersonFacts> facts = facts(records);
    List<PersonView.Meeting> meetings = new ArrayList<>();
    Map<String, int[]> byCommitteeYear = new TreeMap<>();
    List<String> spellings = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      StoredRecord r = records.get(i);
      PersonFacts f = facts.get(i);
      meetings.add(new PersonView.Meeting(r.get(Schema.COMMITTEE), r.get(Schema.DATE_DISPLAY), r.get(Schema.DOCUMENT_ID), f));
      f.spellings().stream().filter(s -> !spellings.contains(s)).forEach(spellings::add);
      String date = r.get(Schema.DATE_DISPLAY);
      if (f.status() != null && date != null) {
        int[] c = byCommitteeYear.computeIfAbsent(date.substring(0, 4) + "\t" + r.get(Schema.COMMITTEE), k -> new int[2]);
        c[f.attended() ? 0 : 1]++;
      }
    }
    List<PersonView.Attendance> attendance = new ArrayList<>();
    byCommitteeYear.forEach((k, c) -> {
      String[] parts = k.split("\t", 2);
      attendance.add(new PersonView.Attendance(parts[1], Integer.parseInt(parts[0]), c[0], c[1],
          c[0] + c[1] == 0 ? null : Math.round(1000.0 * c[0] / (c[0] + c[1])) / 1000.0));
    });
    attendance.sort(Comparator.comparingInt(PersonView.Attendance::year).reversed()
        .thenComparing(PersonView.Attendance::committee));
    return Optional.of(new PersonView(summary(records, facts), spellings, attendance, meetings));
  }

  private static PersonSummary summary(List<StoredRecord> records, List<PersonFacts> facts) {
    int attended = 0;
    int apologies = 0;
    int absent = 0;
    int declarations = 0;
    int moved = 0;
    int seconded = 0;
    for (PersonFacts f : facts) {
      attended += f.attended() ? 1 : 0;
      apologies += "apologies".equals(f.status()) ? 1 : 0;
      absent += "absent".equals(f.status()) ? 1 : 0;
      declarations += f.declarations().size();
      moved += (int) f.motions().stream().filter(m -> m.role().equals("moved")).count();
      seconded += (int) f.motions().stream().filter(m -> m.role().equals("seconded")).count();
    }
    StoredRecord first = records.get(0);
    return new PersonSummary(first.get(Schema.PERSON_KEY), facts.get(0).name(), first.get(Schema.COUNCIL),
        first.get(Schema.COUNCIL_SLUG), records.size(), attended, apologies, absent, declarations, moved, seconded);
  }

  private static List<PersonFacts> facts(List<StoredRecord> records) {
    return records.stream().map(r -> PersonFacts.fromJson(r.get(Schema.PERSON_FACTS))).toList();
  }

  /** One record per person and minutes: the copy in the first file by id. */
  private static List<StoredRecord> once(List<StoredRecord> records) {
    Map<String, StoredRecord> kept = new LinkedHashMap<>();
    records.stream().sorted(Comparator.comparing((StoredRecord r) -> r.get(Schema.DOCUMENT_ID))
            .thenComparingInt(r -> r.intValue(Schema.ORDINAL)))
        .forEach(r -> {
          String minutes = r.get(Schema.MINUTES_OF) == null ? r.get(Schema.ID) : r.get(Schema.MINUTES_OF);
          kept.putIfAbsent(r.get(Schema.PERSON_KEY) + "\n" + minutes, r);
        });
    return new ArrayList<>(kept.values());
  }
}
