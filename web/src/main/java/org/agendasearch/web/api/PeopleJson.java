package org.agendasearch.web.api;

import java.util.List;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.people.PersonFacts;
import org.agendasearch.search.people.PersonSummary;
import org.agendasearch.search.people.PersonView;

/**
 * People as the API writes them ({@code /api/people}, {@code /api/people/{slug}}, and the
 * attendance of a meeting's minutes): the search layer's views with the links the app serves;
 * every fact links to its PDF page.
 */
public final class PeopleJson {

  private PeopleJson() {}

  /** {@code /people/{slug}}: a person's page. */
  public static String personUrl(String slug) {
    return "/people/" + slug;
  }

  /** {@code /api/people}: everyone the minutes name, by name. */
  public record Listing(int total, List<Person> people) {
    static Listing of(List<PersonSummary> people) {
      return new Listing(people.size(), people.stream().map(Person::of).toList());
    }
  }

  /** A person with their counts (see {@link PersonSummary}). */
  public record Person(String slug, String name, String council, String councilSlug, int meetings, int attended,
      int apologies, int absent, int declarations, int moved, int seconded, String personUrl, String apiUrl) {
    static Person of(PersonSummary p) {
      return new Person(p.slug(), p.name(), p.council(), p.councilSlug(), p.meetings(), p.attended(), p.apologies(),
          p.absent(), p.declarations(), p.moved(), p.seconded(), PeopleJson.personUrl(p.slug()), "/api/people/" + p.slug());
    }
  }

  /**
   * {@code /api/people/{slug}}: the person's counts, the spellings seen, attendance per committee
   * and year, and every fact ({@link PersonView#facts}) newest first.
   */
  public record Detail(Person person, List<String> spellings, List<PersonView.Attendance> attendance,
      List<Fact> facts) {
    static Detail of(PersonView v) {
      return new Detail(Person.of(v.summary()), v.spellings(), v.attendance(), v.facts().stream().map(Fact::of).toList());
    }
  }

  /** One fact: attendance, declaration, moved, seconded or vote, with the page that records it. */
  public record Fact(String meetingDate, String committee, String kind, String detail, String itemNumber,
      String itemTitle, int page, String documentUrl) {
    public static Fact of(PersonView.Fact f) {
      return new Fact(f.date(), f.committee(), f.kind(), f.detail(), f.itemNumber(), f.itemTitle(), f.page(),
          ApiController.documentUrl(f.documentId(), f.page()));
    }
  }

  /** A person in a meeting's minutes, with their declarations. */
  public record Attendee(String name, String title, String role, String kind, String status, int page,
      String documentUrl, String personUrl, List<Declared> declarations) {
    static Attendee of(String documentId, MeetingView.PersonEntry p) {
      PersonFacts f = p.facts();
      return new Attendee(f.name(), f.title(), f.role(), f.kind(), f.status(), f.page(),
          ApiController.documentUrl(documentId, f.page()), PeopleJson.personUrl(p.slug()),
          f.declarations().stream().map(d -> new Declared(d.itemNumber(), d.interest(), d.text(), d.page(),
              ApiController.documentUrl(documentId, d.page()))).toList());
    }
  }

  /** An interest declared, with its page. */
  public record Declared(String itemNumber, String interest, String text, int page, String documentUrl) {}
}
