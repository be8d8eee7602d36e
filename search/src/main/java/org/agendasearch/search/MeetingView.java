package org.agendasearch.search;

import java.util.List;

/**
 * A meeting page: the meeting and, in document order, its agenda, the minutes it carries (with
 * their resolutions) and its reports.
 */
public record MeetingView(Summary meeting, List<Entry> agendaItems, List<MinutesEntry> minutes, List<Entry> reports) {

  /**
   * A meeting as listed: enough to show it and link to it.
   *
   * @param title the papers' title ("Cabinet, 26 February 2015"), to name them by rather than by file
   * @param kind what the papers are (agenda_pack, minutes, report, other)
   * @param note what a reader should know about the papers' text ("40 of 53 pages could not be read"), or null
   * @param council the council's name, or null when not known
   * @param councilSlug the council's slug, or null when not known
   */
  public record Summary(String id, String committee, String committeeSlug, String date, String time, String venue,
      String source, String title, String kind, String note, String council, String councilSlug) {}

  /**
   * An agenda item, report or resolution: what to show and the page to link to; a resolution's
   * mover and seconder when the minutes name them, and the votes they record (else null).
   */
  public record Entry(String id, String number, String title, String text, int page, String author, PersonRef movedBy,
      PersonRef secondedBy, org.agendasearch.ingest.model.Votes votes) {

    public Entry(String id, String number, String title, String text, int page, String author) {
      this(id, number, title, text, page, author, null, null, null);
    }
  }

  /** A person named on a record: the name as printed and their slug, for {@code /people/{slug}}. */
  public record PersonRef(String name, String slug) {

    /** The person of a printed name in a council's papers, or null when there is no name. */
    public static PersonRef of(String name, String councilSlug) {
      String slug = name == null ? null : org.agendasearch.search.people.PersonNames.slug(councilSlug, name);
      return slug == null ? null : new PersonRef(name, slug);
    }
  }

  /**
   * The minutes of one meeting, as read from one file: the meeting's own pack (usually the
   * previous meeting's minutes, for approval) or, for the meeting they record, whichever file
   * carries them ({@code elsewhere}: not this meeting's own papers).
   */
  public record MinutesEntry(String committee, String date, int page, List<MinuteEntry> items, String documentId,
      String source, boolean elsewhere, List<PersonEntry> people) {}

  /**
   * A person the minutes name: their slug (for {@code /people/{slug}}), their name and what the
   * minutes record of them (status null: named, but not in the attendance).
   */
  public record PersonEntry(String slug, org.agendasearch.search.people.PersonFacts facts) {}

  /** A numbered minute and its resolutions. */
  public record MinuteEntry(String number, String title, int page, List<Entry> resolutions) {}
}
