package org.agendasearch.sources.moderngov;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.sources.Source;

/**
 * ModernGov's public pages, read for what the web service would have said when a council has
 * switched it off, and for the papers the web service does not list (the published packs):
 *
 * <ul>
 *   <li>{@code mgListCommittees.aspx}: links {@code mgCommitteeDetails.aspx?ID=12} named by committee;
 *   <li>{@code ieListMeetings.aspx?CId=12&Year=2015}: links {@code ieListDocuments.aspx?CId=12&MId=345}
 *       named by date ("26 Feb 2015 2.00 pm");
 *   <li>{@code ieListDocuments.aspx?CId=12&MId=345}: the papers, {@code documents/g345/Public reports pack
 *       26th-Feb-2015 14.00 Cabinet.pdf?T=10}, {@code ... Printed minutes ...pdf?T=1}, {@code mgConvert2PDF.aspx?ID=99}.
 * </ul>
 */
final class MeetingPages {

  private static final Pattern COMMITTEE = Pattern.compile("mgCommitteeDetails\\.aspx\\?ID=(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEETING = Pattern.compile("ieListDocuments\\.aspx\\?CId=(\\d+)&(?:amp;)?MId=(\\d+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([A-Za-z]{3,9})[,\\s-]+(\\d{4})");
  private static final Pattern PAPER = Pattern.compile("(documents/[gs]\\d+/[^?#]+\\.pdf|mgConvert2PDF\\.aspx\\?ID=\\d+)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SIZE = Pattern.compile("\\(?\\s*PDF\\s+[\\d.,]+\\s*[KMG]?B\\s*\\)?\\s*$",
      Pattern.CASE_INSENSITIVE);

  private MeetingPages() {}

  /** mgListCommittees.aspx: each committee once, by id. */
  static List<WebService.Committee> committees(String html) {
    Map<String, WebService.Committee> out = new LinkedHashMap<>();
    for (Html.Link l : Html.links(html)) {
      Matcher m = COMMITTEE.matcher(l.href());
      if (m.find() && !l.text().isEmpty()) {
        out.putIfAbsent(m.group(1), new WebService.Committee(m.group(1), l.text(), false, false));
      }
    }
    return List.copyOf(out.values());
  }

  /** ieListMeetings.aspx for one committee and year: its meetings, each once, by id. */
  static List<Source.Listing> meetings(String html, WebService.Committee committee) {
    Map<String, Source.Listing> out = new LinkedHashMap<>();
    for (Html.Link l : Html.links(html)) {
      Matcher m = MEETING.matcher(l.href());
      LocalDate date = date(l.text());
      if (m.find() && date != null) {
        out.putIfAbsent(m.group(2), new Source.Listing(m.group(2), committee.id(), committee.title(), date));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * ieListDocuments.aspx: the meeting's papers, each once, with its kind ("reports_pack", "agenda",
   * "minutes", "supplement", "item") and absolute address ({@code base} is the page's own address).
   */
  static List<PublishedMeeting.Document> papers(String html, java.net.URI page) {
    Map<String, PublishedMeeting.Document> out = new LinkedHashMap<>();
    for (Html.Link l : Html.links(html)) {
      if (!PAPER.matcher(l.href()).find()) {
        continue;
      }
      String url = page.resolve(l.href().replace(" ", "%20")).toString();
      String attachment = attachmentId(l.href());
      // The link's text ends with the file's type and size ("Printed minutes PDF 120 KB"): not its title.
      String title = SIZE.matcher(l.text()).replaceFirst("").strip();
      out.putIfAbsent(url, new PublishedMeeting.Document(attachment, title.isEmpty() ? null : title, url,
          kind(title + " " + l.href()), null, null));
    }
    return List.copyOf(out.values());
  }

  /** What a paper is, from its link: "Public reports pack", "Printed minutes", "Agenda frontsheet", "Supplement". */
  static String kind(String linkTextAndHref) {
    String s = linkTextAndHref.toLowerCase(Locale.ROOT);
    if (s.contains("reports pack") || s.contains("agenda reports pack")) {
      return "reports_pack";
    }
    if (s.contains("printed minutes") || s.contains("printed decisions")) {
      return "minutes";
    }
    if (s.contains("frontsheet") || s.contains("front sheet")) {
      return "agenda";
    }
    if (s.contains("supplement")) {
      return "supplement";
    }
    return "item";
  }

  /** mgConvert2PDF.aspx?ID=99 and documents/s99/... name their attachment; packs (documents/g...) have none. */
  private static String attachmentId(String href) {
    Matcher m = Pattern.compile("(?:mgConvert2PDF\\.aspx\\?ID=|documents/s)(\\d+)", Pattern.CASE_INSENSITIVE).matcher(href);
    return m.find() ? m.group(1) : null;
  }

  /** "26 Feb 2015 2.00 pm", "Thursday, 26th February, 2015": the date, or null. */
  static LocalDate date(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    if (!m.find()) {
      return null;
    }
    String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1, 3).toLowerCase(Locale.ROOT);
    try {
      return LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The time in a page title or link ("2.00 pm", "14:00"), as "HH:mm", or null. */
  static String time(String text) {
    Matcher m = Pattern.compile("(\\d{1,2})[.:](\\d{2})\\s*([ap])\\.?m\\b|\\b(\\d{2}):(\\d{2})\\b", Pattern.CASE_INSENSITIVE)
        .matcher(text);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
      return String.format(Locale.ROOT, "%02d:%s", h, m.group(2));
    }
    return m.group(4) + ":" + m.group(5);
  }
}
