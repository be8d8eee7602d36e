package org.agendasearch.alerts.mail;

import java.util.List;
import java.util.Map;
import org.agendasearch.alerts.SavedSearch;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.Snippet;
import org.agendasearch.search.schema.RecordType;

/**
 * The words of the emails: the confirmation, and an alert's new hits. Every link is absolute, on
 * {@code baseUrl}. Plain text and HTML say the same; in plain text a matched word is in
 * {@code *stars*}, in HTML in {@code <mark>}.
 */
public final class AlertEmails {

  /** An alert email lists at most this many hits, then "and N more" linking to the search. */
  public static final int MAX_HITS = 20;

  private static final String SITE = "Agenda Search";

  private final String baseUrl;

  public AlertEmails(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The address of a page of the site. */
  public String link(String pathAndQuery) {
    return baseUrl + pathAndQuery;
  }

  /** The double opt-in email: nothing is sent before its link is followed. */
  public Email confirmation(String to, SavedSearch search, String frequency, String confirmToken) {
    String confirm = link("/alerts/confirm?token=" + confirmToken);
    String text = "Someone, probably you, asked " + SITE + " to email this address with new results (" + frequency
        + ") for:\n\n  "
        + search.describe() + "\n  " + link(search.toString()) + "\n\nTo start these emails, follow this link within 48 hours:\n\n  "
        + confirm + "\n\nIf you did not ask for them, ignore this email: nothing more will be sent.\n";
    String html = "<p>Someone, probably you, asked " + SITE + " to email this address with new results for "
        + "<a href=\"" + esc(link(search.toString())) + "\">" + esc(search.describe()) + "</a> (" + esc(frequency) + ").</p>"
        + "<p><a href=\"" + esc(confirm) + "\">Start these emails</a> (the link works for 48 hours).</p>"
        + "<p>If you did not ask for them, ignore this email: nothing more will be sent.</p>";
    return new Email(to, "Confirm your alert for " + search.describe() + " – " + SITE, text, page(html), Map.of());
  }

  /**
   * An alert's email: the search, then each new hit (committee, meeting date, type, title, snippet,
   * link to its PDF page), at most {@link #MAX_HITS}, and "and N more"; a one-click unsubscribe link
   * (also as {@code List-Unsubscribe}, RFC 8058) and the page of all the address's alerts.
   */
  public Email alert(String to, SavedSearch search, List<SearchHit> hits, long total, String unsubscribeToken,
      String manageToken) {
    String unsubscribe = link("/alerts/unsubscribe?token=" + unsubscribeToken);
    String manage = link("/alerts/manage?token=" + manageToken);
    String searchUrl = link(search.toString());
    List<SearchHit> shown = hits.subList(0, (int) Math.min(hits.size(), MAX_HITS));
    long more = total - shown.size();
    StringBuilder text = new StringBuilder("New results for " + search.describe() + "\n" + searchUrl + "\n");
    StringBuilder html = new StringBuilder("<p>New results for <a href=\"" + esc(searchUrl) + "\">"
        + esc(search.describe()) + "</a></p>\n<ol>\n");
    for (SearchHit h : shown) {
      String pdf = link(documentPath(h.documentId(), h.page()));
      text.append("\n").append(heading(h)).append("\n").append(h.title()).append("\n")
          .append(plain(h.snippet())).append("\n").append(pdf).append("\n");
      html.append("<li><p><small>").append(esc(heading(h))).append("</small><br><a href=\"").append(esc(pdf))
          .append("\"><strong>").append(esc(h.title())).append("</strong></a></p><p>")
          .append(h.snippet() == null ? "" : h.snippet().html()).append("</p></li>\n");
    }
    html.append("</ol>\n");
    if (more > 0) {
      text.append("\nand ").append(more).append(" more: ").append(searchUrl).append("\n");
      html.append("<p><a href=\"").append(esc(searchUrl)).append("\">and ").append(more).append(" more</a></p>\n");
    }
    text.append("\n--\nStop this alert (one click): ").append(unsubscribe)
        .append("\nAll alerts of this address: ").append(manage).append("\n");
    html.append("<hr><p><small><a href=\"").append(esc(unsubscribe)).append("\">Stop this alert</a> (one click) · <a href=\"")
        .append(esc(manage)).append("\">All alerts of this address</a></small></p>");
    String subject = total + " new " + (total == 1 ? "result" : "results") + " for " + search.describe() + " – " + SITE;
    return new Email(to, subject, text.toString(), page(html.toString()),
        Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
  }

  /** The page of a PDF a hit is on, as the site serves it. */
  static String documentPath(String documentId, int page) {
    return "/documents/" + documentId + ".pdf" + (page > 0 ? "#page=" + page : "");
  }

  /** "Cabinet · Thursday 26 February 2015 · Resolution": what and where a hit is. */
  static String heading(SearchHit h) {
    RecordType t = RecordType.ofKey(h.type());
    StringBuilder sb = new StringBuilder();
    if (h.committee() != null) {
      sb.append(h.committee()).append(" · ");
    }
    if (h.meetingDate() != null) {
      sb.append(humanDate(h.meetingDate())).append(" · ");
    }
    return sb.append(t == null ? h.type() : t.label()).toString();
  }

  /** "Monday 2 October 2017" (British English, whatever the server's locale); the text as it is if it is no ISO date. */
  static String humanDate(String iso) {
    try {
      return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  /** The snippet as plain text, each matched word in stars. */
  static String plain(Snippet s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Snippet.Mark m : s.marks()) {
      sb.append(s.text(), at, m.start()).append('*').append(s.text(), m.start(), m.end()).append('*');
      at = m.end();
    }
    return sb.append(s.text().substring(at)).toString();
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + SITE + "</title></head><body>"
        + body + "</body></html>";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
