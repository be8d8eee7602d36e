package org.agendasearch.ingest.parse;

import java.util.List;

/**
 * One cleaned line of text and the 1-based PDF page it is on.
 *
 * @param cells where each further table cell starts in {@code text} (the words after a wide gap,
 *     as in {@code 02} | {@code Disclosable Pecuniary Interests} | {@code Members are reminded ...}),
 *     empty when the line is one run of text
 * @param bold whether the whole line is printed in a bold face, as headings often are and nothing else on them says so
 * @param boldLead how many characters of {@code text} open it in a bold face when the rest is plain ({@code 236/20 Apologies
 *     for Absence} of {@code 236/20 Apologies for Absence Apologies for absence were received ...}), 0 when none do
 */
record Line(int page, String text, List<Integer> cells, boolean bold, int boldLead) {

  Line {
    cells = List.copyOf(cells);
  }

  Line(int page, String text, List<Integer> cells, boolean bold) {
    this(page, text, cells, bold, 0);
  }

  Line(int page, String text, List<Integer> cells) {
    this(page, text, cells, false);
  }

  Line(int page, String text) {
    this(page, text, List.of());
  }

  @Override
  public String toString() {
    return page + ": " + text;
  }
}
