package org.agendasearch.ingest.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.agendasearch.ingest.PackJson;

/**
 * A meeting as the council's own site publishes it: the {@code meeting.json} that {@code agenda
 * fetch} writes beside the meeting's papers ({@code corpus/<council>/<committee>/<date>_<id>/}).
 * Ingest takes it as the authority for the committee, date, time and venue of those papers.
 *
 * @param council the council's name
 * @param councilSlug the council's slug (its folder)
 * @param system the committee system it came from ("moderngov")
 * @param via how it was read: "web service" or "meeting page" (the web service switched off)
 * @param meetingId the system's meeting id
 * @param committeeId the system's committee id
 * @param committee the committee's title as the site gives it
 * @param date the meeting's date
 * @param time the meeting's time ("14:00"), or null
 * @param venue where it met, or null
 * @param status "Confirmed", "Cancelled"..., or null
 * @param url the meeting's page on the council's site
 * @param agendaItems its agenda, with each item's minutes text when published
 * @param documents the papers listed, each with the file it was saved as (null: not saved)
 * @param attendees who was listed as attending
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedMeeting(String council, String councilSlug, String system, String via, String meetingId,
    String committeeId, String committee, LocalDate date, String time, String venue, String status, String url,
    List<Item> agendaItems, List<Document> documents, List<String> attendees) {

  /** The file's name, beside the papers. */
  public static final String FILE_NAME = "meeting.json";

  public PublishedMeeting {
    agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
    documents = documents == null ? List.of() : List.copyOf(documents);
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
  }

  /** An agenda item and, once minuted, the text of its minute (plain text). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(String number, String title, String minutes) {}

  /**
   * A paper of the meeting.
   *
   * @param attachmentId the system's id of the paper (null for packs, which have none)
   * @param kind "reports_pack", "agenda", "minutes", "supplement" or "item"
   * @param file the name it was saved under in the meeting's folder, or null when not saved
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Document(String attachmentId, String title, String url, String kind, String publicationDate,
      String file) {

    /** The same paper saved as {@code name}. */
    public Document savedAs(String name) {
      return new Document(attachmentId, title, url, kind, publicationDate, name);
    }
  }

  /** The same meeting with these documents. */
  public PublishedMeeting withDocuments(List<Document> docs) {
    return new PublishedMeeting(council, councilSlug, system, via, meetingId, committeeId, committee, date, time,
        venue, status, url, agendaItems, docs, attendees);
  }

  /** The meeting.json beside {@code paper}, if there is one and it can be read. */
  public static Optional<PublishedMeeting> beside(Path paper) throws IOException {
    Path dir = paper.toAbsolutePath().getParent();
    Path file = dir == null ? null : dir.resolve(FILE_NAME);
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(PackJson.MAPPER.readValue(file.toFile(), PublishedMeeting.class));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(file + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes meeting.json into {@code folder} (a temporary file moved into place: never half a file);
   * left alone when it already says the same, so that a reindex does not read the papers again.
   */
  public void writeTo(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      try {
        if (PackJson.MAPPER.readValue(file.toFile(), PublishedMeeting.class).equals(this)) {
          return;
        }
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        // unreadable: written again below
      }
    }
    AtomicFiles.writeJson(file, this);
  }
}
