package org.agendasearch.search;

import java.util.List;

/**
 * One result, the one view of a hit that every output (JSON, HTML, CSV, Atom) is made from.
 * {@code meetingId} is the id of the meeting page of the pack it came from (null for documents
 * that are not a meeting's). {@code page} is the page the snippet comes from (for a report that
 * spans pages, its best-matching page); {@code morePages} are the other pages of the same record
 * that match, best first, never {@code page} itself.
 */
public record SearchHit(String id, String type, String documentId, String source, String committee,
    String meetingDate, String title, String itemNumber, int page, Snippet snippet, float score,
    List<Integer> morePages, String meetingId) {

  public SearchHit {
    morePages = morePages == null ? List.of() : List.copyOf(morePages);
  }
}
