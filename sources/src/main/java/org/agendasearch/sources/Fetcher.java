package org.agendasearch.sources;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.agendasearch.ingest.corpus.AtomicFiles;
import org.agendasearch.ingest.corpus.Council;
import org.agendasearch.ingest.corpus.PublishedMeeting;

/**
 * Brings one council's papers into the corpus from its {@link Source}: each meeting's folder
 * ({@code <council>/<committee>/<yyyy-mm-dd>_<meeting>/}) with its PDFs and a {@code meeting.json}.
 * Incremental (the {@link Manifest} says what is here), crash-safe (every file written to a
 * temporary file and moved into place; the manifest saved after each meeting), and a paper, a
 * meeting or the whole council that fails is a line of the report, never the end of the run.
 */
public final class Fetcher {

  private final FetchOptions options;

  public Fetcher(FetchOptions options) {
    this.options = options;
  }

  /** What a council's fetch did: the report's lines for it, and a count per status. */
  public record CouncilResult(Council council, int meetings, List<FetchReport> lines) {

    /** How many lines have this status. */
    public long count(String status) {
      return lines.stream().filter(l -> l.status().equals(status)).count();
    }

    /** The council could not be listed at all (no web service and no meeting pages, a 403). */
    public boolean councilFailed() {
      return lines.size() == 1 && lines.get(0).meetingId() == null && lines.get(0).isFailed();
    }

    /** "Example Council: 3 meetings, 5 new, 1 changed, 2 unchanged, 0 present, 1 failed". */
    public String summary() {
      if (councilFailed()) {
        return council.name() + ": failed: " + lines.get(0).reason();
      }
      return council.name() + ": " + meetings + " meeting" + (meetings == 1 ? "" : "s") + ", " + count("new") + " new, "
          + count("changed") + " changed, " + count("unchanged") + " unchanged, " + count("present") + " present, "
          + count("failed") + " failed";
    }
  }

  /** Told how a council's fetch goes, as it goes: for a progress line. */
  public interface Listener {
    /** The meetings listed, to be read. */
    void listed(Council council, int meetings);

    /** One more meeting done (read, or failed), {@code done} of them so far. */
    void meetingDone(Council council, int done);

    Listener NONE = new Listener() {
      @Override
      public void listed(Council council, int meetings) { }

      @Override
      public void meetingDone(Council council, int done) { }
    };
  }

  /** Fetches {@code council}'s meetings from {@code source}; each report line also goes to {@code report} as it is known. */
  public CouncilResult fetch(Council council, Source source, Consumer<FetchReport> report) throws IOException {
    return fetch(council, source, report, Listener.NONE);
  }

  /** The same, telling {@code listener} how it goes. */
  public CouncilResult fetch(Council council, Source source, Consumer<FetchReport> report, Listener listener)
      throws IOException {
    List<FetchReport> lines = new ArrayList<>();
    Consumer<FetchReport> out = l -> {
      lines.add(l);
      report.accept(l);
    };
    List<Source.Listing> listings;
    try {
      listings = source.meetings(options);
    } catch (SourceException e) {
      out.accept(FetchReport.failed(council.name(), null, e.getMessage()));
      return new CouncilResult(council, 0, lines);
    }
    Path councilFolder = options.corpus().resolve(council.slug());
    Manifest manifest = Manifest.load(councilFolder);
    listener.listed(council, listings.size());
    int meetings = 0;
    int done = 0;
    for (Source.Listing listing : listings) {
      Source.Meeting meeting;
      try {
        meeting = source.meeting(listing);
      } catch (SourceException e) {
        out.accept(FetchReport.failed(council.name(), listing, e.getMessage()));
        listener.meetingDone(council, ++done);
        continue;
      }
      meetings++;
      fetchMeeting(council, meeting, manifest, source.client(), out);
      manifest.save(councilFolder);
      listener.meetingDone(council, ++done);
    }
    return new CouncilResult(council, meetings, lines);
  }

  /** The folder of a meeting's papers, relative to the corpus: "example-council/cabinet/2024-01-17_1234". */
  static String folder(Council council, PublishedMeeting m) {
    String committee = FileNames.of(m.committee(), "committee").toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        .replace('.', '-');
    return council.slug() + "/" + committee + "/" + (m.date() == null ? "undated" : m.date().toString()) + "_"
        + FileNames.id(m.meetingId());
  }

  private void fetchMeeting(Council council, Source.Meeting meeting, Manifest manifest, PoliteClient client,
      Consumer<FetchReport> out) throws IOException {
    PublishedMeeting m = meeting.published();
    String folder = folder(council, m);
    Path dir = options.corpus().resolve(folder);
    boolean recheck = m.date() == null
        || !m.date().isBefore(LocalDate.now(options.clock()).minusDays(options.recheckDays()));
    Map<PublishedMeeting.Document, String> saved = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (PublishedMeeting.Document doc : meeting.downloads()) {
      String name = unique(FileNames.of(doc.title(), "paper"), names) + ".pdf";
      FetchReport line = fetchPaper(council, m, doc, folder + "/" + name, dir.resolve(name), recheck, manifest, client);
      out.accept(line);
      if (!line.isFailed()) {
        saved.put(doc, name);
      }
    }
    List<PublishedMeeting.Document> docs = new ArrayList<>();
    for (PublishedMeeting.Document d : m.documents()) {
      docs.add(saved.containsKey(d) ? d.savedAs(saved.get(d)) : d);
    }
    m.withDocuments(docs).writeTo(dir);
  }

  private FetchReport fetchPaper(Council council, PublishedMeeting m, PublishedMeeting.Document doc, String relative,
      Path target, boolean recheck, Manifest manifest, PoliteClient client) throws IOException {
    String key = Manifest.key(doc.attachmentId(), doc.url());
    Manifest.Entry known = manifest.papers().get(key);
    boolean present = known != null && known.file().equals(relative) && Files.isRegularFile(target)
        && Files.size(target) == known.bytes();
    if (present && !recheck) {
      return line(council, m, doc, relative, "present", known.bytes(), known.sha256(), null);
    }
    Path tmp = AtomicFiles.tempBeside(target);
    try {
      PoliteClient.Download d;
      try {
        d = client.pdf(URI.create(doc.url()), tmp);
      } catch (SourceException | IllegalArgumentException e) {
        return line(council, m, doc, null, "failed", null, null, e.getMessage());
      }
      if (present && d.sha256().equals(known.sha256())) {
        return line(council, m, doc, relative, "unchanged", d.bytes(), d.sha256(), null);
      }
      AtomicFiles.moveInto(tmp, target);
      manifest.papers().put(key, new Manifest.Entry(doc.url(), doc.attachmentId(), relative, d.bytes(), d.sha256()));
      return line(council, m, doc, relative, present ? "changed" : "new", d.bytes(), d.sha256(), null);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static FetchReport line(Council council, PublishedMeeting m, PublishedMeeting.Document doc, String file,
      String status, Long bytes, String sha, String reason) {
    return new FetchReport(council.name(), m.meetingId(), m.committee(), m.date() == null ? null : m.date().toString(),
        doc.title(), doc.url(), file, status, bytes, sha, reason);
  }

  private static String unique(String name, Set<String> taken) {
    String n = name;
    for (int i = 2; !taken.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
      n = name + "_" + i;
    }
    return n;
  }
}
