package org.agendasearch.sources;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.corpus.PublishedMeeting;

/**
 * A committee system a council publishes its papers through (ModernGov first; CMIS, Legistar and
 * others can be added as classes of their own, without touching the fetch loop, ingest or search).
 */
public interface Source {

  /**
   * The meetings held from {@code options.from()} to {@code options.to()} of the committees asked
   * for, as listed; a {@link SourceException} when the council's site cannot list any (every
   * council fetched in one run goes on without it).
   */
  List<Listing> meetings(FetchOptions options) throws SourceException;

  /** One meeting in full: what the site says of it, and which of its papers to download. */
  Meeting meeting(Listing listing) throws SourceException;

  /** The client the site is read with, which downloads the papers too (from the council's host only). */
  PoliteClient client();

  /** A meeting as a list of meetings gives it. */
  record Listing(String meetingId, String committeeId, String committee, LocalDate date) {}

  /**
   * A meeting and the papers to download ({@code downloads}, among {@code published.documents()}):
   * the published pack when there is one, else the front sheet and each item's papers.
   */
  record Meeting(PublishedMeeting published, List<PublishedMeeting.Document> downloads) {
    public Meeting {
      downloads = List.copyOf(downloads);
    }
  }
}
