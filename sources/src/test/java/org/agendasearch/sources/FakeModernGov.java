package org.agendasearch.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A ModernGov site on a loopback port, for tests: the web service ({@code mgWebService.asmx}
 * GetCommittees, GetMeetings, GetMeeting) answering XML shaped as real installs answer it, the
 * meeting pages ({@code mgListCommittees.aspx}, {@code ieListMeetings.aspx}, {@code ieListDocuments.aspx})
 * and the papers. Each can be switched to an error, a hang, or garbage.
 */
public final class FakeModernGov implements AutoCloseable {

  static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public record Committee(String id, String title, boolean deleted, boolean expired) {}

  /** A paper: its link text, its path on the site, its kind of link, and its bytes. */
  public record Paper(String title, String path, boolean onMeetingPage, String attachmentId) {}

  public record Meeting(String id, Committee committee, LocalDate date, String time, String venue, List<Paper> papers,
      List<String[]> items) {}

  public final List<Committee> committees = new ArrayList<>();
  public final List<Meeting> meetings = new ArrayList<>();
  /** Bytes served per path ("/documents/g101/Public reports pack.pdf"). */
  public final Map<String, byte[]> files = new ConcurrentHashMap<>();
  /** Paths answered with this status instead. */
  final Map<String, Integer> errors = new ConcurrentHashMap<>();
  /** Paths answered with a redirect (302) to this address. */
  public final Map<String, String> redirects = new ConcurrentHashMap<>();
  /** Paths whose answer never comes (until the server closes). */
  final List<String> hanging = new CopyOnWriteArrayList<>();
  /** Paths (with query) that answer this body instead. */
  final Map<String, String> bodies = new ConcurrentHashMap<>();
  /** Every request's path and query, in order. */
  public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  volatile boolean webServiceOff;
  volatile String robots = "User-agent: *\nDisallow: /mgAdmin/\n";

  private final HttpServer server;
  private final CountDownLatch closing = new CountDownLatch(1);

  public FakeModernGov() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A meeting of {@code c} with papers; each paper's bytes served at its path. */
  public Meeting meeting(String id, Committee c, LocalDate date, List<Paper> papers, List<String[]> items) {
    Meeting m = new Meeting(id, c, date, "14:00", "Shire Hall, Hereford", papers, items);
    meetings.add(m);
    for (Paper p : papers) {
      files.put(p.path(), pdf(p.title() + " of meeting " + id));
    }
    return m;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getRawQuery();
    String full = path + (query == null ? "" : "?" + query);
    requests.add(full);
    try (ex) {
      if (hanging.contains(path)) {
        closing.await(30, TimeUnit.SECONDS);
        return;
      }
      if (redirects.containsKey(path)) {
        ex.getResponseHeaders().add("Location", redirects.get(path));
        ex.sendResponseHeaders(302, -1);
        return;
      }
      if (errors.containsKey(path)) {
        send(ex, errors.get(path), "text/html", "<html><body>Server Error</body></html>");
        return;
      }
      if (bodies.containsKey(full)) {
        send(ex, 200, "text/xml", bodies.get(full));
        return;
      }
      Map<String, String> q = query(ex.getRequestURI().getQuery());
      String lower = path.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("/robots.txt")) {
        send(ex, 200, "text/plain", robots);
      } else if (lower.startsWith("/mgwebservice.asmx/")) {
        if (webServiceOff) {
          send(ex, 500, "text/html", "<html><body>Request format is unrecognized.</body></html>");
        } else {
          webService(ex, lower.substring("/mgwebservice.asmx/".length()), q);
        }
      } else if (lower.equals("/mglistcommittees.aspx")) {
        StringBuilder sb = new StringBuilder("<html><head><title>Committee structure</title></head><body><ul>");
        committees.stream().filter(c -> !c.deleted()).forEach(c -> sb.append("<li><a href=\"mgCommitteeDetails.aspx?ID=")
            .append(c.id()).append("\" title=\"Link to committee details\">").append(esc(c.title())).append("</a></li>"));
        send(ex, 200, "text/html", sb.append("</ul></body></html>").toString());
      } else if (lower.equals("/ielistmeetings.aspx")) {
        StringBuilder sb = new StringBuilder("<html><body><ul class=\"mgCalendarMonthList\">");
        for (Meeting m : meetings) {
          if (m.committee().id().equals(q.get("CId")) && Integer.toString(m.date().getYear()).equals(q.get("Year"))) {
            sb.append("<li><a href=\"ieListDocuments.aspx?CId=").append(m.committee().id()).append("&amp;MId=")
                .append(m.id()).append("\" title=\"Link to meeting details\">")
                .append(m.date().format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)))
                .append(" 2.00 pm</a></li>");
          }
        }
        send(ex, 200, "text/html", sb.append("</ul></body></html>").toString());
      } else if (lower.equals("/ielistdocuments.aspx")) {
        Meeting m = meetings.stream().filter(x -> x.id().equals(q.get("MId"))).findFirst().orElse(null);
        if (m == null) {
          send(ex, 404, "text/html", "<html><body>Not found</body></html>");
          return;
        }
        StringBuilder sb = new StringBuilder("<html><head><title>Agenda for ").append(esc(m.committee().title()))
            .append(" on ").append(m.date().format(DateTimeFormatter.ofPattern("EEEE, d MMMM, yyyy", java.util.Locale.ENGLISH)))
            .append(" 2.00 pm</title></head><body><ul class=\"mgActionList\">");
        for (Paper p : m.papers()) {
          sb.append("<li><a class=\"mgPdfLink\" href=\"").append(esc(p.path().substring(1))).append("\">")
              .append(esc(p.title())).append(" <span>PDF 120 KB</span></a></li>");
        }
        send(ex, 200, "text/html", sb.append("</ul><a href=\"mgAdmin/edit.aspx\">Edit</a></body></html>").toString());
      } else if (files.containsKey(path)) {
        ex.getResponseHeaders().add("Content-Type", "application/pdf");
        byte[] b = files.get(path);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(b);
        }
      } else {
        send(ex, 404, "text/html", "<html><body>The page cannot be found</body></html>");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void webService(HttpExchange ex, String op, Map<String, String> q) throws IOException {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    switch (op) {
      case "getcommittees" -> {
        x.append("<committees>");
        for (Committee c : committees) {
          x.append("<committee><committeeid>").append(c.id()).append("</committeeid><committeetitle>").append(esc(c.title()))
              .append("</committeetitle><committeedeleted>").append(c.deleted() ? "True" : "False")
              .append("</committeedeleted><committeeexpired>").append(c.expired() ? "True" : "False")
              .append("</committeeexpired><committeecategory>Committee</committeecategory></committee>");
        }
        x.append("</committees>");
      }
      case "getmeetings" -> {
        LocalDate from = LocalDate.parse(q.get("sFromDate"), DMY);
        LocalDate to = LocalDate.parse(q.get("sToDate"), DMY);
        x.append("<getmeetings>");
        for (Meeting m : meetings) {
          if (m.committee().id().equals(q.get("lCommitteeId")) && !m.date().isBefore(from) && !m.date().isAfter(to)) {
            x.append("<meeting><meetingid>").append(m.id()).append("</meetingid><meetingdate>").append(m.date().format(DMY))
                .append("</meetingdate><meetingtime>").append(m.time()).append("</meetingtime><meetingstatus>Confirmed</meetingstatus></meeting>");
          }
        }
        x.append("</getmeetings>");
      }
      case "getmeeting" -> {
        Meeting m = meetings.stream().filter(mm -> mm.id().equals(q.get("lMeetingId"))).findFirst().orElseThrow();
        x.append("<getmeeting><meeting><meetingid>").append(m.id()).append("</meetingid><meetingdate>")
            .append(m.date().format(DMY)).append("</meetingdate><meetingtime>").append(m.time())
            .append("</meetingtime><meetingstatus>Confirmed</meetingstatus><committeetitle>").append(esc(m.committee().title()))
            .append("</committeetitle><meetinglocation>").append(esc(m.venue()))
            .append("</meetinglocation><attendees><attendee><memberid>7</memberid><name>Councillor Jane Smith</name>"
                + "<role>Chairman</role><attendance>Present</attendance></attendee></attendees><agendaitems>");
        for (String[] item : m.items()) {
          x.append("<agendaitem><agendaitemnumber>").append(item[0]).append("</agendaitemnumber><agendaitemtitle>")
              .append(esc(item[1])).append("</agendaitemtitle><minutesnonemptyhtmlbody>").append(esc(item[2]))
              .append("</minutesnonemptyhtmlbody><linkeddocuments>");
          for (Paper p : m.papers()) {
            if (!p.onMeetingPage() && p.title().startsWith(item[1])) {
              x.append("<linkeddoc><attachmentid>").append(p.attachmentId()).append("</attachmentid><title>")
                  .append(esc(p.title())).append("</title><url>").append(base()).append("/mgConvert2PDF.aspx?ID=")
                  .append(p.attachmentId())
                  .append("</url><publicationdate>10/01/2024 12:00:00</publicationdate></linkeddoc>");
            }
          }
          x.append("</linkeddocuments></agendaitem>");
        }
        x.append("</agendaitems></meeting></getmeeting>");
      }
      default -> {
        send(ex, 500, "text/html", "<html><body>Unknown web method</body></html>");
        return;
      }
    }
    send(ex, 200, "text/xml; charset=utf-8", x.toString());
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private static Map<String, String> query(String q) {
    Map<String, String> out = new LinkedHashMap<>();
    if (q != null) {
      for (String kv : q.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
      }
    }
    return out;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The requests for papers (PDF paths) since {@code from}. */
  public List<String> paperRequests(int from) {
    synchronized (requests) {
      return requests.subList(from, requests.size()).stream()
          .filter(r -> r.contains("/documents/") || r.toLowerCase(java.util.Locale.ROOT).contains("mgconvert2pdf")).toList();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
