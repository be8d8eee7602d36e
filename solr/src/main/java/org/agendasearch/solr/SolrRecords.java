package org.agendasearch.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.agendasearch.search.MeetingView;
import org.agendasearch.search.MeetingViews;
import org.agendasearch.search.StoredRecord;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Browsing on SolrCloud, as {@code MeetingStore} does it on the embedded index: records found by
 * exact fields, then shaped by the shared {@link MeetingViews}.
 */
final class SolrRecords {

  /** More records than any one pack yields, and than any one filter should list. */
  static final int MAX_RECORDS = 100_000;
  /** The stored fields hits and meeting pages are built from. */
  static final String STORED = String.join(",", Schema.ID, Schema.TYPE, Schema.DOCUMENT_ID, Schema.SOURCE,
      Schema.COMMITTEE, Schema.DATE_DISPLAY, Schema.TITLE_DISPLAY, Schema.ITEM_NUMBER, Schema.PAGE, Schema.ORDINAL,
      Schema.MEETING_ID, Schema.TIME, Schema.VENUE, Schema.AUTHOR, Schema.KIND, Schema.TEXT, Schema.PAGE_TEXT, Schema.MINUTES_OF,
      Schema.NOTE, Schema.COUNCIL, Schema.COUNCIL_SLUG, Schema.PERSON_KEY, Schema.PERSON_FACTS, Schema.MOVED_BY,
      Schema.SECONDED_BY, Schema.VOTES);

  private final Function<SolrQuery, QueryResponse> query;

  /** @param query runs a query on the alias (null when there is no collection yet) */
  SolrRecords(Function<SolrQuery, QueryResponse> query) {
    this.query = query;
  }

  Optional<String> source(String documentId) {
    SolrQuery sq = new SolrQuery(term(Schema.DOCUMENT_ID, documentId));
    sq.setRows(1);
    sq.set("fl", Schema.SOURCE);
    QueryResponse rsp = query.apply(sq);
    if (rsp == null || rsp.getResults().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable((String) rsp.getResults().get(0).getFieldValue(Schema.SOURCE));
  }

  List<MeetingView.Summary> meetings(String council, String committee, Integer year) {
    List<String> filters = new ArrayList<>(List.of(term(Schema.TYPE, RecordType.MEETING.key())));
    if (council != null && !council.isBlank()) {
      filters.add(SolrBackend.councilFilter(List.of(council)));
    }
    if (committee != null && !committee.isBlank()) {
      String key = MeetingViews.committeeKey(committee);
      if (key == null) {
        return List.of();
      }
      filters.add(term(Schema.COMMITTEE_KEY, key));
    }
    return MeetingViews.list(all(filters), year);
  }

  Optional<MeetingView> meeting(String id) {
    List<StoredRecord> own = all(List.of(term(Schema.MEETING_ID, id)));
    String key = own.stream().filter(d -> RecordType.MEETING.key().equals(d.get(Schema.TYPE))).findFirst()
        .map(MeetingViews::meetingKey).orElse(null);
    return MeetingViews.meeting(own, key == null ? List.of() : all(List.of(term(Schema.MINUTES_OF, key))));
  }

  /** As the embedded index: person records of one council (slug or name) and one person (slug), either null for any. */
  List<StoredRecord> personRecords(String council, String personSlug) {
    List<String> filters = new ArrayList<>(List.of(term(Schema.TYPE, RecordType.PERSON.key())));
    if (council != null && !council.isBlank()) {
      filters.add(SolrBackend.councilFilter(List.of(council)));
    }
    if (personSlug != null) {
      filters.add(term(Schema.PERSON_KEY, personSlug));
    }
    return all(filters);
  }

  /** The id of the meeting with this {@link Schema#MEETING_KEY}, or null when the collection has none. */
  String meetingIdOf(String meetingKey) {
    List<StoredRecord> m = all(List.of(term(Schema.TYPE, RecordType.MEETING.key()), term(Schema.MEETING_KEY, meetingKey)));
    return m.isEmpty() ? null : m.get(0).get(Schema.MEETING_ID);
  }

  /** Every record matching the filters, stored fields only (a count first, so rows fits the hits). */
  List<StoredRecord> all(List<String> filters) {
    SolrQuery count = new SolrQuery("*:*");
    filters.forEach(count::addFilterQuery);
    count.setRows(0);
    QueryResponse c = query.apply(count);
    long n = c == null ? 0 : c.getResults().getNumFound();
    if (n == 0) {
      return List.of();
    }
    SolrQuery sq = new SolrQuery("*:*");
    filters.forEach(sq::addFilterQuery);
    sq.setRows((int) Math.min(MAX_RECORDS, n));
    sq.set("fl", STORED);
    QueryResponse rsp = query.apply(sq);
    List<StoredRecord> out = new ArrayList<>();
    if (rsp != null) {
      for (SolrDocument d : rsp.getResults()) {
        out.add(stored(d));
      }
    }
    return out;
  }

  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  static StoredRecord stored(SolrDocument d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : d.entrySet()) {
      Object v = e.getValue();
      if (v instanceof List<?> l) {
        v = l.isEmpty() ? null : l.get(0);
      }
      if (v != null) {
        fields.put(Schema.storedAs(e.getKey()), v);
      }
    }
    return new StoredRecord(fields);
  }
}
