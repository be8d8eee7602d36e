package org.agendasearch.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.agendasearch.search.LiveIndex;
import org.agendasearch.search.MeetingStore;
import org.agendasearch.search.SearchService;
import org.agendasearch.web.api.CorpusFiles;

/** The services the web application is built from, sharing one live index. */
public record Services(LiveIndex index, SearchService search, MeetingStore meetings, CorpusFiles files)
    implements Closeable {

  /** Opens the index under {@code index} and the corpus folder. */
  public static Services open(Path index, Path corpus) {
    LiveIndex live = new LiveIndex(index);
    MeetingStore meetings = new MeetingStore(live);
    return new Services(live, new SearchService(live), meetings, new CorpusFiles(corpus, meetings));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
