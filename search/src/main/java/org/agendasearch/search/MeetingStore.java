package org.agendasearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/**
 * Meetings, committees and source files as stored in the embedded index: the browsing side of
 * search. Finds the records; {@link MeetingViews} shapes them.
 */
public final class MeetingStore {

  /** More records than any one pack yields (a 1,000-page pack has about 1,200). */
  private static final int MAX_RECORDS = 100_000;

  private final LiveIndex index;

  public MeetingStore(LiveIndex index) {
    this.index = index;
  }

  /** The corpus-relative path of a document id, if the index knows it. */
  public Optional<String> source(String documentId) {
    return index.with(g -> first(g.searcher(), new TermQuery(new Term(Schema.DOCUMENT_ID, documentId)))
        .map(d -> d.get(Schema.SOURCE)), Optional.empty());
  }

  /** Meetings, newest first, optionally of one council (slug or name), one committee (name or slug) and one year. */
  public List<MeetingView.Summary> meetings(String council, String committee, Integer year) {
    return index.with(g -> {
      BooleanQuery.Builder q = ofType(RecordType.MEETING, council);
      if (committee != null && !committee.isBlank()) {
        String key = MeetingViews.committeeKey(committee);
        if (key == null) {
          return List.<MeetingView.Summary>of(); // no committee has a name of punctuation alone
        }
        q.add(new TermQuery(new Term(Schema.COMMITTEE_KEY, key)), BooleanClause.Occur.FILTER);
      }
      return MeetingViews.list(all(g.searcher(), q.build()), year);
    }, List.of());
  }

  /** Person records of one council (slug or name, null for any) and one person (slug, null for anyone). */
  public List<StoredRecord> personRecords(String council, String personSlug) {
    return index.with(g -> {
      BooleanQuery.Builder q = ofType(RecordType.PERSON, council);
      if (personSlug != null) {
        q.add(new TermQuery(new Term(Schema.PERSON_KEY, personSlug)), BooleanClause.Occur.FILTER);
      }
      return all(g.searcher(), q.build());
    }, List.of());
  }

  /** Records of a type, of one council when {@code council} (slug or name) is given. */
  private static BooleanQuery.Builder ofType(RecordType type, String council) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, type.key())), BooleanClause.Occur.FILTER);
    if (council != null && !council.isBlank()) {
      String key = org.agendasearch.ingest.model.Committees.key(council);
      BooleanQuery.Builder either = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.COUNCIL_SLUG, council.strip())), BooleanClause.Occur.SHOULD);
      if (key != null) {
        either.add(new TermQuery(new Term(Schema.COUNCIL_KEY, key)), BooleanClause.Occur.SHOULD);
      }
      q.add(either.build(), BooleanClause.Occur.FILTER);
    }
    return q;
  }

  /** One meeting with its agenda, minutes, resolutions and reports, in document order. */
  public Optional<MeetingView> meeting(String id) {
    return index.with(g -> {
      List<StoredRecord> own = all(g.searcher(), new TermQuery(new Term(Schema.MEETING_ID, id)));
      String key = own.stream().filter(d -> RecordType.MEETING.key().equals(d.get(Schema.TYPE))).findFirst()
          .map(MeetingViews::meetingKey).orElse(null);
      List<StoredRecord> elsewhere = key == null ? List.of()
          : all(g.searcher(), new TermQuery(new Term(Schema.MINUTES_OF, key)));
      return MeetingViews.meeting(own, elsewhere);
    }, Optional.empty());
  }

  /** The id of the meeting with this {@link Schema#MEETING_KEY} ("cabinet|2015-01-22"), if the index has it. */
  static Optional<String> meetingIdOf(IndexSearcher searcher, String meetingKey) {
    return first(searcher, new TermQuery(new Term(Schema.MEETING_KEY, meetingKey)))
        .map(d -> d.get(Schema.MEETING_ID));
  }

  /** A Lucene document's stored fields as a {@link StoredRecord} (numbers stay numbers). */
  static StoredRecord stored(Document d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      Object v = f.numericValue() != null ? f.numericValue() : f.stringValue();
      if (v != null) {
        fields.putIfAbsent(Schema.storedAs(f.name()), v);
      }
    }
    return new StoredRecord(fields);
  }

  private static Optional<Document> first(IndexSearcher searcher, Query q) {
    try {
      TopDocs top = searcher.search(q, 1);
      return top.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<StoredRecord> all(IndexSearcher searcher, Query q) {
    try {
      // Size the top-docs heap by the hits, not by the cap: a list of 4 meetings allocated 100,000 slots.
      TopDocs top = searcher.search(q, Math.max(1, Math.min(MAX_RECORDS, searcher.count(q))));
      List<StoredRecord> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(stored(searcher.storedFields().document(sd.doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
