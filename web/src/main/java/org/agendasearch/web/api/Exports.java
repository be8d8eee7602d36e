package org.agendasearch.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;

/**
 * Every search and resolution list as CSV and as an Atom feed, so people can take results into a
 * spreadsheet or follow a topic in a feed reader. Same parameters as the page; 50 results unless
 * {@code size} says fewer.
 */
public final class Exports {

  private final Services services;

  public Exports(Services services) {
    this.services = services;
  }

  public void searchCsv(Context ctx) {
    csv(ctx, services.search().search(request(ctx, false)), "search");
  }

  public void resolutionsCsv(Context ctx) {
    csv(ctx, services.search().search(request(ctx, true)), "resolutions");
  }

  public void searchAtom(Context ctx) {
    atom(ctx, services.search().search(request(ctx, false)), "Agenda Search: ", "/search");
  }

  public void resolutionsAtom(Context ctx) {
    atom(ctx, services.search().search(request(ctx, true)), "Resolutions: ", "/resolutions");
  }

  private static SearchRequest request(Context ctx, boolean resolutions) {
    SearchRequest r = resolutions ? Params.resolutionRequest(ctx) : Params.searchRequest(ctx);
    if (ctx.queryParam("size") == null) {
      r = new SearchRequest(r.query(), r.committees(), r.years(), r.types(), r.from(), r.to(), r.sort(), r.page(),
          SearchRequest.MAX_SIZE);
    }
    return r;
  }

  private static void csv(Context ctx, SearchResults r, String name) {
    StringBuilder sb = new StringBuilder("type,title,committee,meeting_date,item_number,page,document_url,meeting_url,text\r\n");
    String base = baseUrl(ctx);
    for (SearchHit h : r.hits()) {
      List<String> cells = List.of(h.type(), nz(h.title()), nz(h.committee()), nz(h.meetingDate()), nz(h.itemNumber()),
          Integer.toString(h.page()), base + ApiController.documentUrl(h.documentId(), h.page()),
          h.meetingId() == null ? "" : base + ApiController.meetingUrl(h.meetingId()), plainText(h.snippet()));
      for (int i = 0; i < cells.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
      }
      sb.append("\r\n");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    ctx.result(sb.toString());
  }

  /**
   * One CSV cell: quoted when it holds a comma, quote or line break; and a cell that a spreadsheet
   * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return)
   * gets a leading apostrophe, so text from a PDF can never run as a formula.
   */
  static String csvCell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static void atom(Context ctx, SearchResults r, String titlePrefix, String path) {
    String base = baseUrl(ctx);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    String self = base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String html = base + path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String updated = r.hits().stream().map(SearchHit::meetingDate).filter(d -> d != null).max(String::compareTo)
        .map(Exports::atomDate).orElse(atomDate("2000-01-01"));
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>").append(xml(titlePrefix + (q.isBlank() ? "everything" : q))).append("</title>\n")
        .append("  <id>").append(xml(self)).append("</id>\n")
        .append("  <link rel=\"self\" href=\"").append(xml(self)).append("\"/>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(html)).append("\"/>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <author><name>Agenda Search</name></author>\n");
    for (SearchHit h : r.hits()) {
      String link = base + ApiController.documentUrl(h.documentId(), h.page());
      String title = (h.itemNumber() == null ? "" : h.itemNumber() + ". ") + nz(h.title())
          + (h.committee() == null ? "" : " – " + h.committee()) + (h.meetingDate() == null ? "" : ", " + h.meetingDate());
      sb.append("  <entry>\n")
          .append("    <id>").append(xml(base + "/records/" + h.id())).append("</id>\n")
          .append("    <title>").append(xml(title)).append("</title>\n")
          .append("    <link href=\"").append(xml(link)).append("\"/>\n")
          .append("    <updated>").append(h.meetingDate() == null ? updated : atomDate(h.meetingDate())).append("</updated>\n")
          .append("    <category term=\"").append(xml(h.type())).append("\"/>\n")
          .append("    <summary type=\"html\">").append(xml(h.snippet())).append("</summary>\n")
          .append("  </entry>\n");
    }
    sb.append("</feed>\n");
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(sb.toString());
  }

  /** Text for XML: the five special characters escaped, characters XML cannot hold dropped. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.toString();
  }

  /** The snippet as plain text: marks dropped, entities decoded. */
  public static String plainText(String snippet) {
    return snippet.replaceAll("</?mark>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }

  private static String atomDate(String isoDate) {
    return LocalDate.parse(isoDate).atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String baseUrl(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
