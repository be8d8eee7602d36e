package org.agendasearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.Meeting;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.search.index.Records;
import org.agendasearch.search.schema.IndexRecord;
import org.agendasearch.search.schema.Schema;

/**
 * A tiny index written in a test from packs made by hand, as Lucene's own tests build their
 * fixtures: every record known, so counts and orders can be asserted exactly.
 */
final class TinyIndex {

  private final List<Pack> packs = new ArrayList<>();

  /** A pack builder: pages first, then the records on them. */
  static final class PackBuilder {
    final String source;
    final Meeting meeting;
    final List<Page> pages = new ArrayList<>();
    final List<AgendaItem> items = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<Minutes> minutes = new ArrayList<>();

    PackBuilder(String source, String committee, LocalDate date) {
      this.source = source;
      this.meeting = new Meeting(committee, date, null, null);
    }

    PackBuilder page(String text) {
      pages.add(new Page(pages.size() + 1, text, false));
      return this;
    }

    /** A page whose text came from OCR. */
    PackBuilder ocrPage(String text) {
      pages.add(new Page(pages.size() + 1, text, true));
      return this;
    }

    PackBuilder item(String number, String title, int page) {
      items.add(new AgendaItem(number, title, null, page));
      return this;
    }

    PackBuilder report(String title, int first, int last) {
      reports.add(new Report(title, null, null, null, first, last));
      return this;
    }

    PackBuilder minutes(String committee, LocalDate date, int page, MinuteItem... minuteItems) {
      minutes.add(new Minutes(committee, date, page, List.of(minuteItems)));
      return this;
    }

    /** Minutes made in full, with their attendance and declarations. */
    PackBuilder minutes(Minutes m) {
      minutes.add(m);
      return this;
    }

    Pack build() {
      return new Pack(source, "sha-" + source, DocumentKind.AGENDA_PACK, meeting, items, minutes, reports, pages,
          List.of());
    }
  }

  TinyIndex add(PackBuilder pack) {
    packs.add(pack.build());
    return this;
  }

  /** Writes the index as a reindex would (one block per file) under {@code root}, and opens it. */
  SearchService open(Path root) throws IOException {
    write(root, "gen-000001");
    return new SearchService(root).cacheSize(0);
  }

  /**
   * Writes the packs added so far into {@code generation} under {@code root} (one block per file,
   * one commit, added to what the generation holds) and makes it the live one.
   */
  void write(Path root, String generation) throws IOException {
    Path gen = root.resolve(generation);
    FacetsConfig facets = Schema.facetsConfig();
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(gen), new IndexWriterConfig(Schema.analyzer()))) {
      for (Pack p : packs) {
        List<Document> docs = new ArrayList<>();
        for (IndexRecord r : Records.of(p, p.source(), null)) {
          docs.add(facets.build(Schema.toDocument(r, 1L)));
        }
        writer.updateDocuments(new Term(Schema.SOURCE, p.source()), docs);
      }
      writer.setLiveCommitData(java.util.Map.of(Schema.COMMIT_SCHEMA_VERSION,
          Integer.toString(Schema.VERSION)).entrySet());
      writer.commit();
    }
    // As a reindex publishes it: a whole file renamed over the pointer, which a refreshing
    // service may be reading at the same moment.
    Path pointer = Files.writeString(root.resolve("CURRENT.tmp"), generation, StandardCharsets.UTF_8);
    Files.move(pointer, root.resolve("CURRENT"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
