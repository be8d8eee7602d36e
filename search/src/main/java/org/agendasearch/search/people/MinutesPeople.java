package org.agendasearch.search.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.Declaration;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.ingest.model.Votes;

/**
 * One set of minutes' facts gathered by person ({@link PersonNames#key}): the attendance first, in
 * its order, then anyone who only declared, moved, seconded or voted. One person record per person
 * per minutes: a meeting attended or missed is then one record, and a person's page is one lookup.
 */
public final class MinutesPeople {

  private MinutesPeople() {}

  /** The people of these minutes, in the order the minutes first name them. */
  public static List<PersonFacts> of(Minutes minutes) {
    Map<String, Builder> people = new LinkedHashMap<>();
    for (Attendee a : minutes.attendance()) {
      Builder b = person(people, a.name(), a.page());
      if (b != null && b.status == null) {
        b.status = a.status();
        b.title = a.title();
        b.role = a.role();
        b.kind = a.kind();
        b.page = a.page();
      }
    }
    for (Declaration d : minutes.declarations()) {
      Builder b = person(people, d.name(), d.page());
      if (b != null) {
        b.declarations.add(new PersonFacts.Declared(d.itemNumber(), d.interest(), d.text(), d.page()));
      }
    }
    for (MinuteItem item : minutes.items()) {
      for (Resolution r : item.resolutions()) {
        motion(people, r.movedBy(), "moved", item, r);
        motion(people, r.secondedBy(), "seconded", item, r);
        Votes v = r.votes();
        if (v != null) {
          votes(people, v.forNames(), "for", item, r);
          votes(people, v.againstNames(), "against", item, r);
          votes(people, v.abstainNames(), "abstain", item, r);
        }
      }
    }
    List<PersonFacts> out = new ArrayList<>();
    for (Builder b : people.values()) {
      out.add(new PersonFacts(b.spellings.get(0), b.spellings, b.title, b.role, b.kind, b.status, b.page, b.declarations,
          b.motions, b.votes));
    }
    return out;
  }

  private static void motion(Map<String, Builder> people, String name, String role, MinuteItem item, Resolution r) {
    Builder b = person(people, name, r.page());
    if (b != null) {
      b.motions.add(new PersonFacts.Motion(role, item.number(), item.title(), r.page()));
    }
  }

  private static void votes(Map<String, Builder> people, List<String> names, String vote, MinuteItem item, Resolution r) {
    for (String name : names) {
      Builder b = person(people, name, r.page());
      if (b != null) {
        b.votes.add(new PersonFacts.Vote(vote, item.number(), item.title(), r.page()));
      }
    }
  }

  /** The person of this name, added on first sight; null when the name is no name at all. */
  private static Builder person(Map<String, Builder> people, String name, int page) {
    String key = PersonNames.key(name);
    if (key.isEmpty()) {
      return null;
    }
    Builder b = people.get(key);
    if (b == null && key.indexOf(' ') < 0) {
      b = bySurname(people, key); // "Councillor Hyde as a member of the corporate parenting panel": JA Hyde, who attended
    }
    if (b == null) {
      b = new Builder(page);
      people.put(key, b);
    }
    String spelling = name.strip();
    if (!b.spellings.contains(spelling)) {
      b.spellings.add(spelling);
    }
    return b;
  }

  /**
   * The one person already in these minutes whose name ends with this surname ({@code JA Hyde} for a
   * declaration by {@code Councillor Hyde}), or null when none or more than one does.
   */
  private static Builder bySurname(Map<String, Builder> people, String surname) {
    Builder found = null;
    for (Map.Entry<String, Builder> e : people.entrySet()) {
      if (e.getKey().endsWith(" " + surname)) {
        if (found != null) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static final class Builder {
    final List<String> spellings = new ArrayList<>();
    final List<PersonFacts.Declared> declarations = new ArrayList<>();
    final List<PersonFacts.Motion> motions = new ArrayList<>();
    final List<PersonFacts.Vote> votes = new ArrayList<>();
    String title;
    String role;
    String kind;
    String status;
    int page;

    Builder(int page) {
      this.page = page;
    }
  }
}
