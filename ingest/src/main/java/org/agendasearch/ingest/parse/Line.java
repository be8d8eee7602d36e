package org.agendasearch.ingest.parse;

/** One cleaned line of text and the 1-based PDF page it is on. */
record Line(int page, String text) {
  @Override
  public String toString() {
    return page + ": " + text;
  }
}
