package org.agendasearch.sources.moderngov;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.sources.FetchOptions;
import org.agendasearch.sources.PoliteClient;
import org.agendasearch.sources.Source;
import org.agendasearch.sources.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A council's ModernGov site. Reads its web service ({@link WebService}); when GetCommittees fails
 * (the service switched off, an error page, malformed XML) reads the same from its meeting pages
 * ({@link MeetingPages}) for the rest of the run. Deleted committees are skipped; expired ones kept,
 * for history. A meeting's papers: the published reports pack with the printed minutes and any
 * supplements, as listed on its page; without a pack, the front sheet and each item's papers.
 */
public final class ModernGov implements Source {

  private static final Logger LOG = LoggerFactory.getLogger(ModernGov.class);

  private final Council council;
  private final PoliteClient client;
  private boolean webService = true;

  public ModernGov(Council council, PoliteClient client) {
    this.council = council;
    this.client = client;
  }

  @Override
  public PoliteClient client() {
    return client;
  }

  /** Whether the web service answered (false: the meeting pages were read instead). */
  public boolean usesWebService() {
    return webService;
  }

  @Override
  public List<Listing> meetings(FetchOptions options) throws SourceException {
    List<WebService.Committee> committees;
    try {
      committees = WebService.committees(client.text(client.resolve("mgWebService.asmx/GetCommittees")));
    } catch (SourceException e) {
      LOG.info("{}: the web service did not answer ({}); reading the meeting pages", council.name(), e.getMessage());
      webService = false;
      try {
        committees = MeetingPages.committees(client.text(client.resolve("mgListCommittees.aspx")));
      } catch (SourceException pages) {
        throw new SourceException("neither the web service (" + e.getMessage() + ") nor the committee pages ("
            + pages.getMessage() + ") could be read", pages.status());
      }
    }
    List<Listing> out = new ArrayList<>();
    for (WebService.Committee c : committees) {
      if (c.deleted() || !wanted(c.title(), options.committees())) {
        continue;
      }
      for (Listing l : listMeetings(c, options.from(), options.to())) {
        if ((options.from() == null || !l.date().isBefore(options.from()))
            && (options.to() == null || !l.date().isAfter(options.to()))) {
          out.add(l);
        }
      }
    }
    out.sort(Comparator.comparing(Listing::date).thenComparing(Listing::meetingId));
    return out;
  }

  private List<Listing> listMeetings(WebService.Committee c, LocalDate from, LocalDate to) throws SourceException {
    LocalDate lo = from == null ? LocalDate.of(2000, 1, 1) : from;
    LocalDate hi = to == null ? LocalDate.now().plusYears(1) : to;
    if (webService) {
      return WebService.meetings(client.text(client.resolve("mgWebService.asmx/GetMeetings?lCommitteeId=" + c.id()
          + "&sFromDate=" + lo.format(WebService.DATE) + "&sToDate=" + hi.format(WebService.DATE))), c);
    }
    List<Listing> out = new ArrayList<>();
    for (int year = lo.getYear(); year <= hi.getYear(); year++) {
      out.addAll(MeetingPages.meetings(client.text(client.resolve("ieListMeetings.aspx?CId=" + c.id() + "&Year="
          + year)), c));
    }
    return out;
  }

  /** A committee is wanted when none are named or its title has one of the names (as committee keys). */
  static boolean wanted(String title, List<String> names) {
    if (names.isEmpty()) {
      return true;
    }
    String key = Committees.key(title);
    return key != null && names.stream().map(Committees::key).anyMatch(n -> n != null && (key.equals(n)
        || (" " + key + " ").contains(" " + n + " ")));
  }

  @Override
  public Meeting meeting(Listing listing) throws SourceException {
    URI page = client.resolve("ieListDocuments.aspx?CId=" + listing.committeeId() + "&MId=" + listing.meetingId());
    PublishedMeeting m;
    List<PublishedMeeting.Document> papers;
    if (webService) {
      m = WebService.meeting(client.text(client.resolve("mgWebService.asmx/GetMeeting?lMeetingId="
          + listing.meetingId())), listing, page.toString());
      try {
        papers = MeetingPages.papers(client.text(page), page);
      } catch (SourceException e) {
        // The item papers the web service lists are still there to download.
        LOG.info("{}: meeting {}: its page could not be read ({})", council.name(), listing.meetingId(), e.getMessage());
        papers = List.of();
      }
    } else {
      String html = client.text(page);
      papers = MeetingPages.papers(html, page);
      String title = titleOf(html);
      m = new PublishedMeeting(null, null, "moderngov", "meeting page", listing.meetingId(), listing.committeeId(),
          listing.committee(), listing.date(), title == null ? null : MeetingPages.time(title), null, null,
          page.toString(), List.of(), List.of(), List.of());
    }
    return choose(m, papers);
  }

  /**
   * The papers to download: the reports pack (it holds the agenda and every report), the printed
   * minutes and supplements; with no pack, the front sheet and every item's papers. Every paper is
   * listed in meeting.json either way.
   */
  private Meeting choose(PublishedMeeting m, List<PublishedMeeting.Document> pagePapers) {
    List<PublishedMeeting.Document> all = new ArrayList<>(pagePapers);
    for (PublishedMeeting.Document d : m.documents()) {
      String url = absolute(d.url());
      // The page links an item's paper as documents/s99/Title.pdf, the web service as mgConvert2PDF.aspx?ID=99: one paper.
      if (all.stream().noneMatch(p -> p.url().equals(url)
          || (d.attachmentId() != null && d.attachmentId().equals(p.attachmentId())))) {
        all.add(new PublishedMeeting.Document(d.attachmentId(), d.title(), url, d.kind(), d.publicationDate(), null));
      }
    }
    boolean pack = all.stream().anyMatch(d -> d.kind().equals("reports_pack"));
    List<PublishedMeeting.Document> downloads = all.stream().filter(d -> switch (d.kind()) {
      case "reports_pack", "minutes", "supplement" -> true;
      default -> !pack;
    }).toList();
    PublishedMeeting full = new PublishedMeeting(council.name(), council.slug(), m.system(), m.via(), m.meetingId(),
        m.committeeId(), m.committee(), m.date(), m.time(), m.venue(), m.status(), m.url(), m.agendaItems(), all,
        m.attendees());
    return new Meeting(full, downloads);
  }

  /** A paper's address as the site wrote it, made absolute against the site (some installs write "mgConvert2PDF.aspx?ID=9"). */
  private String absolute(String url) {
    try {
      URI u = URI.create(url.strip().replace(" ", "%20"));
      return u.isAbsolute() ? u.toString() : client.resolve(u.toString()).toString();
    } catch (IllegalArgumentException e) {
      return url; // the download reports it as a bad address
    }
  }

  private static String titleOf(String html) {
    java.util.regex.Matcher t = java.util.regex.Pattern.compile("<title>(.*?)</title>",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL).matcher(html);
    return t.find() ? Html.text(t.group(1)).toLowerCase(Locale.ROOT) : null;
  }
}
