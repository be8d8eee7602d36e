package org.agendasearch.search.schema;

import java.time.LocalDate;
import org.agendasearch.ingest.corpus.Council;

/**
 * One searchable record, whatever its type: the shape every domain record is flattened into
 * before it becomes a Lucene document.
 *
 * @param id unique and stable: the document id, the type and the record's place
 * @param documentId the source file's id, used in {@code /documents/{id}.pdf}
 * @param source the source file's path relative to the corpus
 * @param sha256 the source file's digest
 * @param council the council whose papers the file is (from the corpus layout and councils.json), or null
 * @param committee the committee's name as the document words it, or null
 * @param date the meeting date the record belongs to, or null
 * @param itemNumber agenda item or minute number, or null
 * @param page 1-based PDF page where the record starts, or 0 when that page could not be read (no
 *     link to a page that shows nothing)
 * @param lastPage 1-based PDF page where the record's text ends ({@code page} for one-page records)
 * @param ordinal the record's place in its document, for listing a meeting's records in order
 * @param meetingId the meeting page the record belongs to, or null for documents with no meeting
 * @param detail what only some types carry: a meeting's time and venue, a report's author
 * @param fileStamp the source file's size and modification time ("size:millis"), or null
 * @param note what a reader should know about where the text came from ("40 of 53 pages could
 *     not be read", "Text from OCR"), or null
 */
public record IndexRecord(
    String id,
    String documentId,
    RecordType type,
    String source,
    String sha256,
    Council council,
    String committee,
    LocalDate date,
    String title,
    String text,
    String itemNumber,
    int page,
    int lastPage,
    int ordinal,
    String meetingId,
    Detail detail,
    String fileStamp,
    String note) {

  /**
   * Fields that only some record types have; any may be null.
   *
   * @param motion on a resolution: who moved and seconded it
   * @param person on a person record: who, and what the minutes record of them
   */
  public record Detail(String time, String venue, String author, String kind, Motion motion, Person person) {
    public static final Detail NONE = new Detail(null, null, null, null);

    public Detail(String time, String venue, String author, String kind) {
      this(time, venue, author, kind, null, null);
    }
  }

  /**
   * Who moved and who seconded a resolution, as printed without title, and the votes recorded on it;
   * any may be null.
   */
  public record Motion(String movedBy, String secondedBy, org.agendasearch.ingest.model.Votes votes) {

    /** The votes as stored (JSON), or null when none were recorded. */
    public String votesJson() {
      return votes == null ? null : Votes.toJson(votes);
    }
  }

  /** Recorded votes in their stored form. */
  public static final class Votes {
    private Votes() {}

    /** {@code {"in_favour":5,"against":2,...}}. */
    public static String toJson(org.agendasearch.ingest.model.Votes v) {
      try {
        return org.agendasearch.ingest.PackJson.MAPPER.writeValueAsString(v);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("votes cannot be written as JSON", e);
      }
    }

    /** The votes of a stored JSON value, or null for none (or a value this version cannot read). */
    public static org.agendasearch.ingest.model.Votes fromJson(String json) {
      if (json == null || json.isBlank()) {
        return null;
      }
      try {
        return org.agendasearch.ingest.PackJson.MAPPER.readValue(json, org.agendasearch.ingest.model.Votes.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return null;
      }
    }
  }

  /**
   * A person in one set of minutes.
   *
   * @param slug the person's key: council slug and normalised name ({@code PersonNames#slug})
   * @param name the name as first printed
   * @param facts the minutes' facts of the person, as JSON ({@code PersonFacts#toJson})
   */
  public record Person(String slug, String name, String facts) {}
}
