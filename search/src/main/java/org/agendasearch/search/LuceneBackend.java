package org.agendasearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The embedded Lucene index under a folder: the default backend, nothing to install. */
public final class LuceneBackend implements SearchBackend {

  private final LiveIndex index;
  private final SearchService search;
  private final MeetingStore meetings;

  public LuceneBackend(Path indexRoot) {
    this.index = new LiveIndex(indexRoot);
    this.search = new SearchService(index);
    this.meetings = new MeetingStore(index);
  }

  /** The search service itself, for what only Lucene has (the benchmark's bare search). */
  public SearchService service() {
    return search;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return search.search(request);
  }

  @Override
  public long recordCount() {
    return index.recordCount();
  }

  @Override
  public java.util.OptionalLong newestFirstIndexed() {
    return index.newestFirstIndexed();
  }

  @Override
  public void refresh() {
    index.refresh();
  }

  @Override
  public Optional<Path> corpus() {
    return index.corpus();
  }

  @Override
  public Optional<String> source(String documentId) {
    return meetings.source(documentId);
  }

  @Override
  public List<MeetingView.Summary> meetings(String council, String committee, Integer year) {
    return meetings.meetings(council, committee, year);
  }

  @Override
  public Optional<MeetingView> meeting(String id) {
    return meetings.meeting(id);
  }

  @Override
  public List<StoredRecord> personRecords(String council, String personSlug) {
    return meetings.personRecords(council, personSlug);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
