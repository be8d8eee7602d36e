package org.agendasearch.web.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.Snippet;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * The one view of a hit that every output is made from: serialised by Jackson for the JSON API,
 * rendered by the templates, written to CSV and Atom. Every text field is plain text (never
 * HTML-escaped); the snippet's matched words are given as ranges ({@code highlights}), and
 * {@link #snippetHtml()} is the only HTML, for the pages and the Atom summary.
 *
 * @param page the page the snippet comes from, which {@code documentUrl} opens (0: not known, the
 *     page could not be read; the link opens the document)
 * @param note what a reader should know about the text ("Text from OCR"), or null
 * @param morePages other pages of the same record that match, never {@code page}
 * @param council the council's name, or null when not known
 * @param councilUrl the council's page ({@code /councils/{slug}}), or null
 */
public record HitView(String id, String type, String typeLabel, String source, String committee,
    String meetingDate, String title, String itemNumber, int page, String snippet, List<Snippet.Mark> highlights,
    String documentUrl, String meetingUrl, List<PageLink> morePages, List<PageLink> alsoIn, String note,
    String council, String councilUrl) {

  /** Another page of a hit's record that matches (or another file it was read from), and its link. */
  public record PageLink(int page, String documentUrl, String source) {}

  public static HitView of(SearchHit h) {
    RecordType t = RecordType.ofKey(h.type());
    // The committee as the facets name it, whatever the wording of the document it came from.
    String committeeKey = Committees.key(h.committee());
    String committee = committeeKey == null ? h.committee() : Schema.committeeLabel(committeeKey);
    return new HitView(h.id(), h.type(), t == null ? h.type() : t.label(), h.source(), committee,
        h.meetingDate(), h.title() == null || h.title().isBlank() ? h.source() : h.title(), h.itemNumber(),
        h.page(), h.snippet().text(), h.snippet().marks(), ApiController.documentUrl(h.documentId(), h.page()),
        meetingUrl(h),
        h.morePages().stream().map(p -> new PageLink(p, ApiController.documentUrl(h.documentId(), p), null)).toList(),
        h.alsoIn().stream().map(c -> new PageLink(c.page(), ApiController.documentUrl(c.documentId(), c.page()),
            c.source())).toList(), h.note(), h.council(), ApiController.councilUrl(h.councilSlug()));
  }

  /** The meeting page the hit belongs to, at the hit's own agenda item or minute. */
  private static String meetingUrl(SearchHit h) {
    if (h.meetingId() == null) {
      return null;
    }
    String anchor = Anchors.of(h.type(), h.itemNumber());
    return ApiController.meetingUrl(h.meetingId()) + (anchor == null ? "" : "#" + anchor);
  }

  /** The snippet as HTML: escaped, the matched words in {@code <mark>}. */
  @JsonIgnore
  public String snippetHtml() {
    return new Snippet(snippet, highlights).html();
  }
}
