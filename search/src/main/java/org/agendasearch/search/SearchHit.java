package org.agendasearch.search;

/**
 * One result; {@code meetingId} is the id of the meeting page of the pack it came from (null for
 * documents that are not a meeting's). {@code snippet} is HTML: the best passage, escaped, with the matched words in
 * {@code <mark>}. {@code alsoOnPage} is set when a page hit was folded into this record's hit.
 */
public record SearchHit(String id, String type, String documentId, String source, String committee,
    String meetingDate, String title, String itemNumber, int page, String snippet, float score, Integer alsoOnPage,
    String meetingId) {

  public SearchHit withAlsoOnPage(int p) {
    return new SearchHit(id, type, documentId, source, committee, meetingDate, title, itemNumber, page, snippet,
        score, p, meetingId);
  }
}
