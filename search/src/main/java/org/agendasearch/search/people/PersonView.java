package org.agendasearch.search.people;

import java.util.List;

/**
 * One person's page: their attendance per committee and year, and every meeting whose minutes name
 * them with what those minutes record, newest first.
 *
 * @param spellings every way the minutes print the name
 */
public record PersonView(PersonSummary summary, List<String> spellings, List<Attendance> attendance,
    List<Meeting> meetings) {

  /**
   * Meetings of one committee in one year: attended (present or online) and missed (apologies or
   * absent); {@code rate} is attended over both, or null when neither is recorded.
   */
  public record Attendance(String committee, int year, int attended, int missed, Double rate) {}

  /**
   * One meeting's minutes as they concern the person.
   *
   * @param documentId the file the minutes were read from, for links to its pages
   * @param facts the minutes' facts of the person (status null: named, but not in the attendance)
   */
  public record Meeting(String committee, String date, String documentId, PersonFacts facts) {}

  /**
   * Every fact as one line, newest meeting first: the one view that CSV, Atom and the JSON list
   * share. {@code kind} is attendance, declaration, moved, seconded or vote; {@code detail} says
   * what (the status, the interest, the vote).
   */
  public record Fact(String date, String committee, String kind, String detail, String itemNumber, String itemTitle,
      String documentId, int page) {}

  /** {@link #meetings} as {@link Fact}s, in order. */
  public List<Fact> facts() {
    List<Fact> out = new java.util.ArrayList<>();
    for (Meeting m : meetings) {
      PersonFacts f = m.facts();
      if (f.status() != null) {
        out.add(new Fact(m.date(), m.committee(), "attendance", f.status(), null, null, m.documentId(), f.page()));
      }
      for (PersonFacts.Declared d : f.declarations()) {
        out.add(new Fact(m.date(), m.committee(), "declaration", d.interest(), d.itemNumber(), d.text(), m.documentId(),
            d.page()));
      }
      for (PersonFacts.Motion mo : f.motions()) {
        out.add(new Fact(m.date(), m.committee(), mo.role(), null, mo.itemNumber(), mo.title(), m.documentId(),
            mo.page()));
      }
      for (PersonFacts.Vote v : f.votes()) {
        out.add(new Fact(m.date(), m.committee(), "vote", v.vote(), v.itemNumber(), v.title(), m.documentId(), v.page()));
      }
    }
    return out;
  }
}
