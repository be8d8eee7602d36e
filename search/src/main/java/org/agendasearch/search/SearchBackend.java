package org.agendasearch.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.agendasearch.search.people.PeopleViews;
import org.agendasearch.search.people.PersonSummary;
import org.agendasearch.search.people.PersonView;

/**
 * Search and browsing over the indexed records, whichever engine holds them: the embedded Lucene
 * index ({@link LuceneBackend}, the default) or a SolrCloud collection (the {@code solr} module).
 * The web layer and the command line see only this, so both answer alike: the same hits, facets,
 * snippets and errors ({@link org.agendasearch.search.query.InvalidQueryException} for what the
 * person should change).
 */
public interface SearchBackend extends Closeable {

  /** "lucene" or "solr", for logs and the health endpoint. */
  String name();

  /** Runs a search: hits folded and highlighted, facets counted sideways, "did you mean". */
  SearchResults search(SearchRequest request);

  /** How many records the index holds (0 when there is no index yet). */
  long recordCount();

  /**
   * The newest first-indexed stamp that a search can see: the start of the last committed reindex
   * that added records. A reindex still running has a later stamp, so "indexed after this" finds
   * its records once it commits. Empty when the index holds no records.
   */
  java.util.OptionalLong newestFirstIndexed();

  /** Looks for a newly published index (a finished reindex) now rather than on the next check. */
  void refresh();

  /**
   * The corpus folder the index was built from, when the index records it: the folder that
   * {@link #source} paths are relative to, whatever folder the server was started with.
   */
  default Optional<java.nio.file.Path> corpus() {
    return Optional.empty();
  }

  /** The corpus-relative path of a document id, if the index knows it. */
  Optional<String> source(String documentId);

  /**
   * Meetings, newest first, optionally of one council (by slug or name), one committee (by name or
   * slug) and one year; null for any.
   */
  List<MeetingView.Summary> meetings(String council, String committee, Integer year);

  /** Meetings of every council, newest first, optionally of one committee and one year. */
  default List<MeetingView.Summary> meetings(String committee, Integer year) {
    return meetings(null, committee, year);
  }

  /** Every committee with meetings, by council and name. */
  default List<CommitteeSummary> committees() {
    return MeetingViews.committees(meetings(null, null, null));
  }

  /** Every council with meetings, by slug. */
  default List<CouncilSummary> councils() {
    return MeetingViews.councils(meetings(null, null, null));
  }

  /** One meeting with its agenda, minutes, resolutions and reports, in document order. */
  Optional<MeetingView> meeting(String id);

  /**
   * Person records, stored fields only: of one council (slug or name; null for any) and of one
   * person (their slug, {@link org.agendasearch.search.schema.Schema#PERSON_KEY}; null for anyone).
   */
  List<StoredRecord> personRecords(String council, String personSlug);

  /** The people the minutes name, optionally of one council (slug or name), by name, with their counts. */
  default List<PersonSummary> people(String council) {
    return PeopleViews.list(personRecords(council, null));
  }

  /** One person's attendance, declarations, motions and votes; empty when no minutes name them. */
  default Optional<PersonView> person(String slug) {
    return PeopleViews.person(personRecords(null, slug));
  }
}
