package org.agendasearch.solr;

import org.apache.solr.common.SolrInputDocument;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * A record as a Solr document: field for field what {@link Schema#toDocument} writes to the
 * embedded index (the configset's schema.xml says how each is indexed). The facet dimensions that
 * Lucene keeps under its own facet field are {@link #FACET_COUNCIL}, {@link #FACET_COMMITTEE} and
 * {@link #FACET_YEAR}.
 */
public final class SolrDocuments {

  /** The committee facet's label ({@link Schema#committeeLabel}): string doc values. */
  public static final String FACET_COMMITTEE = "facet_committee";
  /** The year facet's label: string doc values. */
  public static final String FACET_YEAR = "facet_year";
  /** The council facet's label (the council's name): string doc values. */
  public static final String FACET_COUNCIL = "facet_council";
  /** The person facet's labels ({@link Schema#people}): multi-valued string doc values. */
  public static final String FACET_PERSON = "facet_person";

  private SolrDocuments() {}

  /** The document of a record first indexed at {@code firstIndexed} ({@link Schema#FIRST_INDEXED}). */
  public static SolrInputDocument of(IndexRecord r, long firstIndexed) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(Schema.ID, r.id());
    d.setField(Schema.FIRST_INDEXED, firstIndexed);
    d.setField(Schema.DOCUMENT_ID, r.documentId());
    d.setField(Schema.SOURCE, r.source());
    if (r.ordinal() == 0) {
      d.setField(Schema.FILE_HEAD, "1");
      if (r.fileStamp() != null) {
        d.setField(Schema.FILE_STAMP, r.fileStamp());
      }
    }
    d.setField(Schema.SHA256, r.sha256());
    d.setField(Schema.TYPE, r.type().key());
    String councilName = r.council() == null ? null : r.council().name();
    String councilSlug = r.council() == null ? null : r.council().slug();
    if (r.council() != null) {
      d.setField(Schema.COUNCIL, councilName);
      d.setField(Schema.COUNCIL_SLUG, councilSlug);
      d.setField(Schema.COUNCIL_KEY, Committees.key(councilName));
      d.setField(FACET_COUNCIL, councilName);
    }
    String key = Committees.key(r.committee());
    if (key != null) {
      d.setField(Schema.COMMITTEE, r.committee());
      d.setField(Schema.COMMITTEE_KEY, key);
      d.setField(Schema.COMMITTEE_TEXT, r.committee());
      d.setField(FACET_COMMITTEE, Schema.committeeFacet(councilName, key));
    }
    if (r.date() != null) {
      long day = r.date().toEpochDay();
      d.setField(Schema.DATE, day);
      d.setField(Schema.DATE_SORT, day);
      d.setField(Schema.DATE_DISPLAY, r.date().toString());
      d.setField(Schema.YEAR, r.date().getYear());
      d.setField(FACET_YEAR, Integer.toString(r.date().getYear()));
    }
    d.setField(Schema.PAGE, r.page());
    d.setField(Schema.PAGE_SPAN, Schema.pageSpan(r.page(), r.lastPage()));
    if (r.type() == RecordType.PAGE) {
      d.setField(Schema.FOLDS, 1);
    }
    String meetingKey = Schema.meetingKey(councilSlug, r.committee(), r.date());
    if (meetingKey != null && r.type() == RecordType.MEETING) {
      d.setField(Schema.MEETING_KEY, meetingKey);
    }
    if (meetingKey != null && (r.type() == RecordType.MINUTE_ITEM || r.type() == RecordType.RESOLUTION)) {
      d.setField(Schema.MINUTES_OF, meetingKey);
      d.setField(Schema.FACT, Schema.factKey(r));
    }
    if (meetingKey != null && r.type() == RecordType.PERSON) {
      d.setField(Schema.MINUTES_OF, meetingKey);
      d.setField(Schema.FACT, Schema.factKey(r));
    }
    for (String person : Schema.people(r)) {
      d.addField(FACET_PERSON, person);
    }
    if (r.detail().person() != null) {
      d.setField(Schema.PERSON_KEY, r.detail().person().slug());
      d.setField(Schema.PERSON_FACTS, r.detail().person().facts());
    }
    if (r.detail().motion() != null) {
      setIfPresent(d, Schema.MOVED_BY, r.detail().motion().movedBy());
      setIfPresent(d, Schema.SECONDED_BY, r.detail().motion().secondedBy());
      setIfPresent(d, Schema.VOTES, r.detail().motion().votesJson());
    }
    d.setField(Schema.ORDINAL, r.ordinal());
    d.setField(Schema.DOCUMENT_SORT, r.documentId());
    d.setField(Schema.ORDINAL_SORT, r.ordinal());
    if (r.meetingId() != null) {
      d.setField(Schema.MEETING_ID, r.meetingId());
    }
    setIfPresent(d, Schema.TIME, r.detail().time());
    setIfPresent(d, Schema.VENUE, r.detail().venue());
    setIfPresent(d, Schema.AUTHOR, r.detail().author());
    setIfPresent(d, Schema.KIND, r.detail().kind());
    setIfPresent(d, Schema.NOTE, r.note());
    setIfPresent(d, Schema.ITEM_NUMBER, r.itemNumber());
    String title = r.title() == null ? "" : r.title();
    d.setField(Schema.TITLE_DISPLAY, title);
    if (r.type() != RecordType.PAGE) {
      // As in the embedded index: a page's title is the pack's, for display only.
      d.setField(Schema.TITLE, title);
      d.setField(Schema.TITLE_EXACT, title);
    }
    String text = r.text() == null ? "" : r.text();
    // As in the embedded index: a page's text in the page fields, weighted at query time.
    boolean page = r.type() == RecordType.PAGE;
    d.setField(page ? Schema.PAGE_TEXT : Schema.TEXT, text);
    d.setField(page ? Schema.PAGE_TEXT_EXACT : Schema.TEXT_EXACT, text);
    return d;
  }

  private static void setIfPresent(SolrInputDocument d, String field, String value) {
    if (value != null) {
      d.setField(field, value);
    }
  }
}
