package org.agendasearch.search.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.agendasearch.ingest.PackJson;

/**
 * What one set of minutes records of one person: how they are listed in the attendance (status
 * null when they are not, but declared, moved or voted), the interests they declared, the motions
 * they moved or seconded and their recorded votes. Stored on the person's record as JSON.
 *
 * @param name the name as first printed, without title ({@code R W Gough})
 * @param spellings every way these minutes print the name, the first included
 * @param status {@code present}, {@code virtual}, {@code apologies}, {@code absent}, or null
 * @param page the PDF page of the attendance entry (or of the first other fact)
 */
public record PersonFacts(String name, List<String> spellings, String title, String role, String kind, String status,
    int page, List<Declared> declarations, List<Motion> motions, List<Vote> votes) {

  public PersonFacts {
    spellings = List.copyOf(spellings);
    declarations = List.copyOf(declarations);
    motions = List.copyOf(motions);
    votes = List.copyOf(votes);
  }

  /** An interest declared: in item {@code itemNumber} (or none named), of a kind (or null), on a page. */
  public record Declared(String itemNumber, String interest, String text, int page) {}

  /** A motion the person {@code moved} or {@code seconded} ({@code role}), under minute {@code itemNumber}. */
  public record Motion(String role, String itemNumber, String title, int page) {}

  /** A recorded vote: {@code for}, {@code against} or {@code abstain}, on the resolution under {@code itemNumber}. */
  public record Vote(String vote, String itemNumber, String title, int page) {}

  /** Whether the attendance lists the person as there (in the room or online). */
  public boolean attended() {
    return "present".equals(status) || "virtual".equals(status);
  }

  /** The facts as stored. */
  public String toJson() {
    try {
      return PackJson.MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("person facts cannot be written as JSON", e);
    }
  }

  /** The facts from their stored form. */
  public static PersonFacts fromJson(String json) {
    try {
      return PackJson.MAPPER.readValue(json, PersonFacts.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored person facts are not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
