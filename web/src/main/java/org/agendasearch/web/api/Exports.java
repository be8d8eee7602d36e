package org.agendasearch.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.agendasearch.search.SearchRequest;
import org.agendasearch.search.SearchResults;
import org.agendasearch.web.Services;

/**
 * Every search and resolution list as CSV (Jackson's CSV writer) and as an Atom feed (the JDK's
 * {@link XMLStreamWriter}), so people can take results into a spreadsheet or follow a topic in a
 * feed reader. Both are written from the same {@link HitView} as the JSON and the pages. Same
 * parameters as the page; 50 results unless {@code size} says fewer.
 */
public final class Exports {

  static final List<String> CSV_COLUMNS = List.of("type", "title", "council", "committee", "meeting_date", "item_number",
      "page",
      "document_url", "meeting_url", "text");
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final CsvSchema CSV_SCHEMA = csvSchema(CSV_COLUMNS);
  private static final String ATOM = "http://www.w3.org/2005/Atom";

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
      r = r.withSize(SearchRequest.MAX_SIZE);
    }
    return r;
  }

  private static void csv(Context ctx, SearchResults r, String name) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    ctx.result(csv(ResultsView.of(r).hits(), baseUrl(ctx)));
  }

  /** The hits as CSV, a header first; every cell defused ({@link #defuse}). */
  static String csv(List<HitView> hits, String base) {
    List<List<String>> rows = new ArrayList<>();
    for (HitView h : hits) {
      rows.add(List.of(h.type(), nz(h.title()), nz(h.council()), nz(h.committee()), nz(h.meetingDate()), nz(h.itemNumber()),
          Integer.toString(h.page()), base + h.documentUrl(), h.meetingUrl() == null ? "" : base + h.meetingUrl(),
          h.snippet()));
    }
    return csv(CSV_SCHEMA, rows);
  }

  /** Rows as CSV under a schema's header; every cell defused ({@link #defuse}). */
  static String csv(CsvSchema schema, List<List<String>> rows) {
    try {
      return CSV.writer(schema).with(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValueAsString(rows.stream().map(r -> r.stream().map(Exports::defuse).toList()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV schema of text columns with a header line, as every export writes. */
  static CsvSchema csvSchema(List<String> columns) {
    return CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).setUseHeader(true)
        .setLineSeparator("\r\n").build();
  }

  /**
   * A cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
   * tab, carriage return) gets a leading apostrophe, so text from a PDF can never run as a formula.
   * (Quoting is the CSV writer's.)
   */
  static String defuse(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static void atom(Context ctx, SearchResults r, String titlePrefix, String path) {
    String base = baseUrl(ctx);
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(atom(ResultsView.of(r).hits(), titlePrefix + (q.isBlank() ? "everything" : q),
        base + ctx.path() + query, base + path + query, base));
  }

  /** The hits as an Atom feed. */
  static String atom(List<HitView> hits, String title, String self, String html, String base) {
    return atom(title, self, html, hits.stream().map(h -> new AtomEntry(base + "/records/" + h.id(),
        (h.itemNumber() == null ? "" : h.itemNumber() + ". ") + nz(h.title())
            + (h.committee() == null ? "" : " – " + h.committee())
            + (h.council() == null ? "" : ", " + h.council())
            + (h.meetingDate() == null ? "" : ", " + h.meetingDate()),
        base + h.documentUrl(), h.meetingDate(), h.type(), h.council(), h.snippetHtml())).toList());
  }

  /**
   * One entry of a feed.
   *
   * @param date the meeting's ISO date, or null
   * @param category the record's type or the fact's kind
   * @param council the council, a category of its own when known
   * @param summaryHtml the summary, as HTML
   */
  record AtomEntry(String id, String title, String link, String date, String category, String council,
      String summaryHtml) {}

  /** A feed of entries: updated as of its newest entry's meeting date. */
  static String atom(String title, String self, String html, List<AtomEntry> entries) {
    String updated = entries.stream().map(AtomEntry::date).filter(d -> d != null).max(String::compareTo)
        .map(Exports::atomDate).orElse(atomDate("2000-01-01"));
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("utf-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "title", title);
      element(x, "id", self);
      link(x, "self", null, self);
      link(x, "alternate", "text/html", html);
      element(x, "updated", updated);
      x.writeStartElement("author");
      element(x, "name", "Agenda Search");
      x.writeEndElement();
      for (AtomEntry e : entries) {
        x.writeStartElement("entry");
        element(x, "id", e.id());
        element(x, "title", e.title());
        link(x, null, null, e.link());
        element(x, "updated", e.date() == null ? updated : atomDate(e.date()));
        x.writeEmptyElement("category");
        x.writeAttribute("term", e.category());
        if (e.council() != null) {
          // The council as a category of its own, so a reader can follow one council in a mixed feed.
          x.writeEmptyElement("category");
          x.writeAttribute("term", xmlChars(e.council()));
          x.writeAttribute("label", xmlChars(e.council()));
        }
        x.writeStartElement("summary");
        x.writeAttribute("type", "html");
        x.writeCharacters(xmlChars(e.summaryHtml()));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the feed", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlChars(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    if (rel != null) {
      x.writeAttribute("rel", rel);
    }
    if (type != null) {
      x.writeAttribute("type", type);
    }
    x.writeAttribute("href", xmlChars(href));
  }

  /** Text without the characters XML 1.0 cannot hold (control characters from a PDF); the writer escapes the rest. */
  static String xmlChars(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String atomDate(String isoDate) {
    return LocalDate.parse(isoDate).atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String baseUrl(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
