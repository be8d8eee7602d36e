package org.agendasearch.search;

import java.util.List;
import org.agendasearch.search.schema.Schema;

/** Makes the hits people see from stored records, the same way for every backend. */
public final class Hits {

  private Hits() {}

  /**
   * The hit for a record.
   *
   * @param snippet its best passage, or null for none (the start of its text is shown)
   * @param page the page the snippet comes from, or 0 for the record's own first page
   * @param morePages other matching pages of the record, best first
   */
  public static SearchHit of(StoredRecord d, float score, Snippet snippet, int page, List<Integer> morePages) {
    int shown = page > 0 ? page : d.intValue(Schema.PAGE);
    Snippet s = snippet != null ? snippet : Snippet.lead(d.get(Schema.TEXT));
    return new SearchHit(d.get(Schema.ID), d.get(Schema.TYPE), d.get(Schema.DOCUMENT_ID), d.get(Schema.SOURCE),
        d.get(Schema.COMMITTEE), d.get(Schema.DATE_DISPLAY), d.get(Schema.TITLE_DISPLAY), d.get(Schema.ITEM_NUMBER),
        shown, s, Float.isNaN(score) ? 0 : score,
        morePages.stream().filter(p -> p != shown).distinct().toList(), d.get(Schema.MEETING_ID), List.of(),
        d.get(Schema.NOTE), d.get(Schema.COUNCIL), d.get(Schema.COUNCIL_SLUG));
  }
}
