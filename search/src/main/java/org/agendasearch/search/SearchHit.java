package org.agendasearch.search;

import java.util.List;

/**
 * One result, the one view of a hit that every output (JSON, HTML, CSV, Atom) is made from.
 * {@code meetingId} is the id of the meeting page it belongs to: for a minute or resolution, the
 * meeting whose minutes record it when the index has that meeting, else the meeting of the pack
 * it came from (null for documents that are not a meeting's). {@code alsoIn} lists the other files
 * the same minute or resolution was read from. {@code note} says what a reader should know about the
 * text ("Text from OCR", "40 of 53 pages could not be read"), or is null. {@code page} is 0 when
 * the record's page could not be read. {@code page} is the page the snippet comes from (for a report that
 * spans pages, its best-matching page); {@code morePages} are the other pages of the same record
 * that match, best first, never {@code page} itself. {@code council} and {@code councilSlug} name the
 * council whose papers the record is from (null when not known).
 */
public record SearchHit(String id, String type, String documentId, String source, String committee,
    String meetingDate, String title, String itemNumber, int page, Snippet snippet, float score,
    List<Integer> morePages, String meetingId, List<Copy> alsoIn, String note, String council, String councilSlug) {

  /** Another file the same record was read from, and its page there. */
  public record Copy(String documentId, String source, int page) {}

  public SearchHit {
    morePages = morePages == null ? List.of() : List.copyOf(morePages);
    alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
  }

  /** The same hit linked to another meeting page and listing the other files it was read from. */
  public SearchHit with(String meeting, List<Copy> copies) {
    return new SearchHit(id, type, documentId, source, committee, meetingDate, title, itemNumber, page, snippet,
        score, morePages, meeting, copies, note, council, councilSlug);
  }
}
