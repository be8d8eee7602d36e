package org.agendasearch.web.api;

import java.util.List;
import org.agendasearch.search.MeetingView;

/**
 * Meetings as the API gives them, serialised by Jackson from these types (snake_case): every
 * agenda item, minute and resolution with its page link and its permalink on the meeting page.
 */
public final class MeetingJson {

  private MeetingJson() {}

  /** A meeting as listed. */
  public record Summary(String id, String council, String councilSlug, String committee, String committeeSlug,
      String date, String time, String venue, String source, String title, String note, String meetingUrl,
      String documentUrl) {

    static Summary of(MeetingView.Summary s) {
      return new Summary(s.id(), s.council(), s.councilSlug(), s.committee(), s.committeeSlug(), s.date(), s.time(),
          s.venue(), s.source(), s.title(), s.note(), ApiController.meetingUrl(s.id()),
          ApiController.documentUrl(s.id(), 1));
    }
  }

  /** A council as listed, with its page. */
  public record Council(String name, String slug, int meetings, int committees, List<Integer> years,
      String councilUrl) {

    static Council of(org.agendasearch.search.CouncilSummary c) {
      return new Council(c.name(), c.slug(), c.meetings(), c.committees(), c.years(), ApiController.councilUrl(c.slug()));
    }
  }

  /** The meetings listed, and how many. */
  public record Listing(int total, List<Summary> meetings) {

    static Listing of(List<MeetingView.Summary> meetings) {
      return new Listing(meetings.size(), meetings.stream().map(Summary::of).toList());
    }
  }

  /** One meeting: the summary's fields, then its agenda, minutes and reports. */
  public record Meeting(String id, String council, String councilSlug, String committee, String committeeSlug,
      String date, String time, String venue,
      String source, String title, String note, String meetingUrl, String documentUrl, List<Entry> agendaItems,
      List<Minutes> minutes, List<Entry> reports) {

    static Meeting of(MeetingView v) {
      Summary s = Summary.of(v.meeting());
      String doc = v.meeting().id();
      String page = ApiController.meetingUrl(doc) + "#";
      return new Meeting(s.id(), s.council(), s.councilSlug(), s.committee(), s.committeeSlug(), s.date(), s.time(),
          s.venue(), s.source(),
          s.title(), s.note(), s.meetingUrl(), s.documentUrl(),
          v.agendaItems().stream().map(e -> Entry.of(doc, e, page + Anchors.item(e.number()))).toList(),
          v.minutes().stream().map(mn -> Minutes.of(mn, page)).toList(),
          indexed(v.reports()).stream().map(i -> Entry.of(doc, v.reports().get(i), page + Anchors.report(i + 1)))
              .toList());
    }

    private static List<Integer> indexed(List<?> list) {
      return java.util.stream.IntStream.range(0, list.size()).boxed().toList();
    }
  }

  /** The minutes of one meeting as read from one file ({@code fromOtherPapers}: not this meeting's own). */
  public record Minutes(String committee, String date, int page, String source, boolean fromOtherPapers,
      String documentUrl, List<Minute> items, List<PeopleJson.Attendee> attendance) {

    static Minutes of(MeetingView.MinutesEntry mn, String page) {
      return new Minutes(mn.committee(), mn.date(), mn.page(), mn.source(), mn.elsewhere(),
          ApiController.documentUrl(mn.documentId(), mn.page()),
          mn.items().stream().map(i -> new Minute(i.number(), i.title(), i.page(),
              ApiController.documentUrl(mn.documentId(), i.page()), page + Anchors.minute(i.number()),
              java.util.stream.IntStream.range(0, i.resolutions().size()).mapToObj(k -> Entry.of(mn.documentId(),
                  i.resolutions().get(k), page + Anchors.resolution(i.number(), k + 1))).toList())).toList(),
          mn.people().stream().map(p -> PeopleJson.Attendee.of(mn.documentId(), p)).toList());
    }
  }

  /** A numbered minute and its resolutions. */
  public record Minute(String number, String title, int page, String documentUrl, String permalink,
      List<Entry> resolutions) {}

  /** An agenda item, report or resolution; {@code text} is left out (null) past 2,000 characters. */
  public record Entry(String id, String number, String title, String text, String reportBy, int page,
      String documentUrl, String permalink, String movedBy, String secondedBy, org.agendasearch.ingest.model.Votes votes) {

    static Entry of(String documentId, MeetingView.Entry e, String permalink) {
      return new Entry(e.id(), e.number(), e.title(), e.text() == null || e.text().length() > 2000 ? null : e.text(),
          e.author(), e.page(), ApiController.documentUrl(documentId, e.page()), permalink,
          e.movedBy() == null ? null : e.movedBy().name(), e.secondedBy() == null ? null : e.secondedBy().name(),
          e.votes());
    }
  }
}
