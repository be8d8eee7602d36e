package org.agendasearch.ingest.model;

import java.util.List;

/**
 * One numbered minute ("57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY") with the text of its
 * discussion and, apart, the resolutions it records.
 */
public record MinuteItem(String number, String title, int page, String text, List<Resolution> resolutions) {
  public MinuteItem {
    resolutions = List.copyOf(resolutions);
  }
}
