package org.agendasearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Lucene's passages as a {@link Snippet}: passages in text order, an ellipsis where a passage does
 * not start or end the text, matches kept as ranges, debris removed, cut to length.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Snippet format(Passage[] passages, String content) {
    Snippet.Builder b = new Snippet.Builder();
    int lastEnd = 0;
    for (int p = 0; p < passages.length; p++) {
      Passage passage = passages[p];
      if (p > 0) {
        b.gap();
      } else if (passage.getStartOffset() > 0) {
        b.cutBefore();
      }
      int at = passage.getStartOffset();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(starts[i], at);
        int end = Math.min(ends[i], passage.getEndOffset());
        // Overlapping matches (a word and the phrase it is in) extend the mark.
        while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
          end = Math.min(Math.max(end, ends[++i]), passage.getEndOffset());
        }
        if (start >= end) {
          continue;
        }
        b.text(content.substring(at, start));
        b.match(content.substring(start, end));
        at = end;
      }
      b.text(content.substring(at, Math.max(at, passage.getEndOffset())));
      lastEnd = passage.getEndOffset();
    }
    return b.build(!content.substring(lastEnd).isBlank());
  }
}
