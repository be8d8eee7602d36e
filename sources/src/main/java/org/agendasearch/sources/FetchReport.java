package org.agendasearch.sources;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the fetch report (JSON lines, like the reindex report): a paper, or a meeting or a
 * council that could not be read, with what happened and why.
 *
 * @param status "new", "changed", "unchanged" (downloaded again, same bytes), "present" (already
 *     here and past the recheck window: not asked for), "failed"
 * @param file the path written, relative to the corpus, or null
 * @param reason why it failed, in a sentence, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FetchReport(String council, String meetingId, String committee, String date, String title, String url,
    String file, String status, Long bytes, String sha256, String reason) {

  /** A meeting, or the whole council when {@code meetingId} is null, that could not be read. */
  static FetchReport failed(String council, Source.Listing meeting, String reason) {
    return new FetchReport(council, meeting == null ? null : meeting.meetingId(),
        meeting == null ? null : meeting.committee(), meeting == null || meeting.date() == null ? null
            : meeting.date().toString(), null, null, null, "failed", null, null, reason);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isFailed() {
    return status.equals("failed");
  }
}
