package org.agendasearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Turns ranked records into the hits people see, the same way for every backend: a page hit folds
 * into a record hit that already shows that page (no page shows the same passage twice), and a
 * hit with no highlighted passage shows the start of its text.
 */
public final class Hits {

  private static final int SNIPPET_CHARS = 240;

  /** One ranked record: its stored fields, score, and highlighted passage (HTML) or null. */
  public record Ranked(StoredRecord record, float score, String snippet) {}

  private Hits() {}

  /** The hits for records in rank order, folded. */
  public static List<SearchHit> fold(List<Ranked> ranked) {
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Integer> shownAt = new LinkedHashMap<>();
    for (Ranked r : ranked) {
      StoredRecord d = r.record();
      String type = d.get(Schema.TYPE);
      String docId = d.get(Schema.DOCUMENT_ID);
      int page = d.intValue(Schema.PAGE);
      String pageKey = docId + "#" + page;
      boolean isPage = type.equals(RecordType.PAGE.key());
      Integer shown = shownAt.get(pageKey);
      if (shown != null && isPage) {
        hits.set(shown, hits.get(shown).withAlsoOnPage(page)); // the page's passage is the record's
        continue;
      }
      String snippet = r.snippet() != null ? r.snippet() : leadSnippet(d.get(Schema.TEXT));
      SearchHit hit = new SearchHit(d.get(Schema.ID), type, docId, d.get(Schema.SOURCE), d.get(Schema.COMMITTEE),
          d.get(Schema.DATE_DISPLAY), d.get(Schema.TITLE_DISPLAY), d.get(Schema.ITEM_NUMBER), page, snippet,
          Float.isNaN(r.score()) ? 0 : r.score(), null, d.get(Schema.MEETING_ID));
      if (shown != null && hits.get(shown).type().equals(RecordType.PAGE.key())) {
        // A page ranked above a record on it: the record takes the page's place, the page folds in.
        hits.set(shown, hit.withAlsoOnPage(page));
        continue;
      }
      shownAt.putIfAbsent(pageKey, hits.size());
      hits.add(hit);
    }
    return hits;
  }

  /** The start of the text, escaped, when the highlighter found no passage (e.g. a title-only hit). */
  static String leadSnippet(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > SNIPPET_CHARS) {
      int cut = t.lastIndexOf(' ', SNIPPET_CHARS);
      t = t.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }
    return escapeHtml(t);
  }

  static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
