package org.agendasearch.sources.moderngov;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.sources.Source;
import org.agendasearch.sources.SourceException;
import org.w3c.dom.Element;

/**
 * The answers of ModernGov's web service, {@code mgWebService.asmx}, read into our records:
 *
 * <pre>{@code
 * GetCommittees:  <committees><committee><committeeid>12</committeeid><committeetitle>Cabinet</committeetitle>
 *                   <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>...
 * GetMeetings:    <getmeetings><meeting><meetingid>345</meetingid><meetingdate>26/02/2015</meetingdate>...
 * GetMeeting:     <getmeeting><meeting><meetingid>345</meetingid><meetingdate>26/02/2015</meetingdate>
 *                   <meetingtime>14:00</meetingtime><meetinglocation>Shire Hall</meetinglocation>
 *                   <committeetitle>Cabinet</committeetitle><attendees><attendee><name>...
 *                   <agendaitems><agendaitem><agendaitemnumber>1.</agendaitemnumber><agendaitemtitle>...
 *                     <minutesnonemptyhtmlbody>...</minutesnonemptyhtmlbody>
 *                     <linkeddocuments><linkeddoc><attachmentid>99</attachmentid><title>Report</title>
 *                       <url>https://.../mgConvert2PDF.aspx?ID=99</url><publicationdate>...
 * }</pre>
 */
final class WebService {

  /** The web service's dates: day first ("26/02/2015"), also in its query parameters. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private WebService() {}

  /** A committee as GetCommittees lists it. */
  record Committee(String id, String title, boolean deleted, boolean expired) {}

  /** GetCommittees: every committee, deleted ones included (the caller skips those). */
  static List<Committee> committees(String xml) throws SourceException {
    Element root = Xml.parse(xml, "GetCommittees");
    List<Committee> out = new ArrayList<>();
    for (Element c : Xml.all(root, "committee")) {
      String id = Xml.text(c, "committeeid");
      String title = Xml.text(c, "committeetitle");
      if (id != null && title != null) {
        out.add(new Committee(id, title, "true".equalsIgnoreCase(Xml.text(c, "committeedeleted")),
            "true".equalsIgnoreCase(Xml.text(c, "committeeexpired"))));
      }
    }
    if (out.isEmpty() && !root.getTagName().toLowerCase(java.util.Locale.ROOT).contains("committee")) {
      throw new SourceException("GetCommittees answered <" + root.getTagName() + ">, not a list of committees");
    }
    return out;
  }

  /** GetMeetings: the meetings of one committee; a meeting with no id or a date we cannot read is left out. */
  static List<Source.Listing> meetings(String xml, Committee committee) throws SourceException {
    Element root = Xml.parse(xml, "GetMeetings for " + committee.title());
    List<Source.Listing> out = new ArrayList<>();
    for (Element m : Xml.all(root, "meeting")) {
      String id = Xml.text(m, "meetingid");
      LocalDate date = date(Xml.text(m, "meetingdate"));
      if (id != null && date != null) {
        out.add(new Source.Listing(id, committee.id(), committee.title(), date));
      }
    }
    return out;
  }

  /**
   * GetMeeting: the meeting's date, time, venue, status, agenda (with each item's minutes as plain
   * text), attendees and linked papers. {@code fallback} gives what the list said (committee, date)
   * where the answer does not.
   */
  static PublishedMeeting meeting(String xml, Source.Listing fallback, String meetingPage) throws SourceException {
    Element root = Xml.parse(xml, "GetMeeting " + fallback.meetingId());
    List<Element> ms = Xml.all(root, "meeting");
    Element m = root.getTagName().equalsIgnoreCase("meeting") ? root : ms.isEmpty() ? null : ms.get(0);
    if (m == null) {
      throw new SourceException("GetMeeting " + fallback.meetingId() + " answered <" + root.getTagName()
          + ">, not a meeting");
    }
    LocalDate date = date(Xml.text(m, "meetingdate"));
    String committee = Xml.text(m, "committeetitle");
    List<PublishedMeeting.Item> items = new ArrayList<>();
    List<PublishedMeeting.Document> docs = new ArrayList<>();
    for (Element item : Xml.all(m, "agendaitem")) {
      String minutes = Xml.text(item, "minutesnonemptyhtmlbody");
      items.add(new PublishedMeeting.Item(Xml.text(item, "agendaitemnumber"), Xml.text(item, "agendaitemtitle"),
          minutes == null ? null : Html.text(minutes)));
      for (Element d : Xml.all(item, "linkeddoc")) {
        String url = Xml.text(d, "url");
        if (url != null) {
          docs.add(new PublishedMeeting.Document(Xml.text(d, "attachmentid"), Xml.text(d, "title"), url, "item",
              Xml.text(d, "publicationdate"), null));
        }
      }
    }
    List<String> attendees = new ArrayList<>();
    for (Element a : Xml.all(m, "attendee")) {
      String name = Xml.text(a, "name");
      if (name != null) {
        attendees.add(name);
      }
    }
    return new PublishedMeeting(null, null, "moderngov", "web service", fallback.meetingId(), fallback.committeeId(),
        committee != null ? committee : fallback.committee(), date != null ? date : fallback.date(),
        Xml.text(m, "meetingtime"), Xml.text(m, "meetinglocation"), Xml.text(m, "meetingstatus"), meetingPage, items,
        docs, attendees);
  }

  /** "26/02/2015" (a time after it is ignored), or null when it is not a date. */
  static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip().split("\\s+")[0], DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
