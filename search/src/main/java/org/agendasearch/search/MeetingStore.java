package org.agendasearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.schema.RecordType;
import org.agendasearch.search.schema.Schema;

/** Meetings, committees and source files as stored in the index: the browsing side of search. */
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

  /** Meetings, newest first, optionally of one committee (by name or slug) and one year. */
  public List<MeetingView.Summary> meetings(String committee, Integer year) {
    return index.with(g -> {
      BooleanQuery.Builder q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.TYPE, RecordType.MEETING.key())), BooleanClause.Occur.FILTER);
      if (committee != null && !committee.isBlank()) {
        String key = Committees.key(committee.replace('-', ' '));
        if (key == null) {
          return List.of(); // no committee has a name of punctuation alone
        }
        q.add(new TermQuery(new Term(Schema.COMMITTEE_KEY, key)), BooleanClause.Occur.FILTER);
      }
      List<MeetingView.Summary> out = new ArrayList<>();
      for (Document d : all(g.searcher(), q.build())) {
        MeetingView.Summary s = summary(d);
        if (year == null || (s.date() != null && s.date().startsWith(year + "-"))) {
          out.add(s);
        }
      }
      out.sort(Comparator.comparing((MeetingView.Summary s) -> s.date() == null ? "" : s.date()).reversed());
      return out;
    }, List.of());
  }

  /** Every committee with meetings, by name. */
  public List<CommitteeSummary> committees() {
    Map<String, List<MeetingView.Summary>> bySlug = new TreeMap<>();
    for (MeetingView.Summary m : meetings(null, null)) {
      if (m.committeeSlug() != null) {
        bySlug.computeIfAbsent(m.committeeSlug(), k -> new ArrayList<>()).add(m);
      }
    }
    List<CommitteeSummary> out = new ArrayList<>();
    bySlug.forEach((slug, ms) -> {
      TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
      ms.stream().filter(m -> m.date() != null).forEach(m -> years.add(Integer.parseInt(m.date().substring(0, 4))));
      out.add(new CommitteeSummary(Schema.committeeLabel(Committees.key(ms.get(0).committee())), slug, ms.size(),
          List.copyOf(years)));
    });
    return out;
  }

  /** One meeting with its agenda, minutes, resolutions and reports, in document order. */
  public Optional<MeetingView> meeting(String id) {
    return index.with(g -> {
      List<Document> docs = all(g.searcher(), new TermQuery(new Term(Schema.MEETING_ID, id)));
      docs.sort(Comparator.comparingInt(d -> d.getField(Schema.ORDINAL).numericValue().intValue()));
      Optional<Document> meeting = docs.stream().filter(d -> type(d) == RecordType.MEETING).findFirst();
      return meeting.map(m -> view(summary(m), docs));
    }, Optional.empty());
  }

  private static MeetingView view(MeetingView.Summary summary, List<Document> docs) {
    List<MeetingView.Entry> agenda = new ArrayList<>();
    List<MeetingView.Entry> reports = new ArrayList<>();
    Map<String, MinutesBuilder> minutes = new LinkedHashMap<>();
    Map<String, MinuteBuilder> items = new LinkedHashMap<>();
    for (Document d : docs) {
      RecordType t = type(d);
      String id = d.get(Schema.ID);
      switch (t) {
        case AGENDA_ITEM -> agenda.add(entry(d));
        case REPORT -> reports.add(entry(d));
        case MINUTE_ITEM -> {
          String minutesKey = id.substring(0, id.lastIndexOf('/'));
          MinutesBuilder mb = minutes.computeIfAbsent(minutesKey,
              k -> new MinutesBuilder(d.get(Schema.COMMITTEE), d.get(Schema.DATE_DISPLAY), page(d)));
          MinuteBuilder item = new MinuteBuilder(d.get(Schema.ITEM_NUMBER), d.get(Schema.TITLE_DISPLAY), page(d));
          mb.items.add(item);
          items.put(id, item);
        }
        case RESOLUTION -> {
          MinuteBuilder item = items.get(id.substring(0, id.indexOf("/resolution/")));
          if (item != null) {
            item.resolutions.add(entry(d));
          }
        }
        default -> { }
      }
    }
    List<MeetingView.MinutesEntry> m = minutes.values().stream().map(MinutesBuilder::build).toList();
    return new MeetingView(summary, agenda, m, reports);
  }

  private static final class MinutesBuilder {
    final String committee;
    final String date;
    final int page;
    final List<MinuteBuilder> items = new ArrayList<>();

    MinutesBuilder(String committee, String date, int page) {
      this.committee = committee;
      this.date = date;
      this.page = page;
    }

    MeetingView.MinutesEntry build() {
      return new MeetingView.MinutesEntry(committee, date, page, items.stream().map(MinuteBuilder::build).toList());
    }
  }

  private static final class MinuteBuilder {
    final String number;
    final String title;
    final int page;
    final List<MeetingView.Entry> resolutions = new ArrayList<>();

    MinuteBuilder(String number, String title, int page) {
      this.number = number;
      this.title = title;
      this.page = page;
    }

    MeetingView.MinuteEntry build() {
      return new MeetingView.MinuteEntry(number, title, page, List.copyOf(resolutions));
    }
  }

  private static MeetingView.Entry entry(Document d) {
    return new MeetingView.Entry(d.get(Schema.ID), d.get(Schema.ITEM_NUMBER), d.get(Schema.TITLE_DISPLAY), d.get(Schema.TEXT),
        page(d), d.get(Schema.AUTHOR));
  }

  private static MeetingView.Summary summary(Document d) {
    String committee = d.get(Schema.COMMITTEE);
    return new MeetingView.Summary(d.get(Schema.MEETING_ID), committee, Committees.slug(committee),
        d.get(Schema.DATE_DISPLAY), d.get(Schema.TIME), d.get(Schema.VENUE), d.get(Schema.SOURCE));
  }

  private static RecordType type(Document d) {
    return RecordType.ofKey(d.get(Schema.TYPE));
  }

  private static int page(Document d) {
    return d.getField(Schema.PAGE).numericValue().intValue();
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

  private static List<Document> all(IndexSearcher searcher, Query q) {
    try {
      // Size the top-docs heap by the hits, not by the cap: a list of 4 meetings allocated 100,000 slots.
      TopDocs top = searcher.search(q, Math.max(1, Math.min(MAX_RECORDS, searcher.count(q))));
      List<Document> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
