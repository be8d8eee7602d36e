package org.agendasearch.ingest.model;

import java.time.LocalDate;

/**
 * A report with a cover sheet ("Meeting:", "Meeting date:", "Title of report:", "Report by:").
 * Its meeting may differ from the pack's (a draft going to Cabinet later).
 *
 * @param page 1-based PDF page of the cover sheet
 * @param lastPage 1-based PDF page where the report (with its appendices) ends
 */
public record Report(String title, String meeting, LocalDate meetingDate, String reportBy, int page, int lastPage) {}
