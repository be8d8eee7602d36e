package org.agendasearch.ingest.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agendasearch.ingest.model.Page;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, made to hand back each page's text from one pass over the document.
 * Calling {@code getText} once per page walks the page tree again for every page (quadratic in
 * pages) and was half the extraction time in the profile. Overlapping-duplicate suppression (for
 * fake-bold text printed twice) is off: it kept a sorted map of every glyph and cost a third of
 * extraction; the parser's white-space folding makes the rare doubled word harmless.
 *
 * <p>Words far apart on one line are cells of a table ({@code 02 Disclosable Pecuniary Interests}
 * then, a column to the right, {@code Members are reminded that ...}): they are separated by a tab,
 * which the parser reads as the end of a block, where a plain space would run the cells together.
 *
 * <p>Lines whose letters are all in a bold face ({@code Declarations of Interest} above the plain {@code There were no
 * declarations of interest.}) are kept for each page ({@link #bold}): headings that nothing else marks.
 */
final class PageTextStripper extends PDFTextStripper {

  private final List<String> pages = new ArrayList<>();
  private final List<Integer> reversals = new ArrayList<>();
  private final List<Set<String>> bold = new ArrayList<>();
  private Set<String> pageBold = new HashSet<>();
  private final List<Map<String, String>> boldLeads = new ArrayList<>();
  private Map<String, String> pageLeads = new java.util.HashMap<>();
  /** Where the line's first word in a plain face starts in the buffer, after bold words only; -1 before it or without it. */
  private int leadEnd = -1;
  private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
  private int lineStart;
  private int boldLetters;
  private int plainLetters;
  private int reversed;
  private StringWriter buffer;
  private long deadline = Long.MAX_VALUE;

  /** Thrown between pages once the file's time limit has passed. */
  static final class TimeLimitExceeded extends IOException {
    TimeLimitExceeded() {
      super("time limit");
    }
  }

  /** Pages started after {@code nanoTime} throw {@link TimeLimitExceeded}. */
  void deadline(long nanoTime) {
    this.deadline = nanoTime;
  }

  PageTextStripper() {
    this(false);
  }

  /** With {@code byPosition}, text is read top to bottom, left to right, whatever order the PDF draws it in. */
  PageTextStripper(boolean byPosition) {
    setLineSeparator("\n");
    setWordSeparator(" ");
    setParagraphStart("");
    setPageEnd("");
    setSortByPosition(byPosition);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Every page's text from {@code first} to {@code last} (1-based), in one pass. */
  List<String> pages(PDDocument doc, int first, int last) throws IOException {
    pages.clear();
    reversals.clear();
    bold.clear();
    boldLeads.clear();
    setStartPage(first);
    setEndPage(last);
    buffer = new StringWriter();
    writeText(doc, buffer);
    return List.copyOf(pages);
  }

  /**
   * For each page of the last {@link #pages} read, how often a word on a line was drawn to the left of the word before
   * it by more than {@link #BACKWARDS_EMS} ems: a table drawn right to left ({@code Mary Avenue Overcrossing}, then its
   * file number {@code 21-0020}, then its item letter {@code A}), which in drawing order runs the cells together.
   */
  List<Integer> reversals() {
    return List.copyOf(reversals);
  }

  /** For each page of the last {@link #pages} read, its lines in bold, each as its {@link Page#boldKey}. */
  List<Set<String>> bold() {
    return List.copyOf(bold);
  }

  /**
   * For each page of the last {@link #pages} read, its lines that open in bold and go on plain ({@code 236/20  Apologies for
   * Absence} / {@code Apologies for absence were received ...}): the line's {@link Page#boldKey} to its bold opening's.
   */
  List<Map<String, String>> boldLeads() {
    return List.copyOf(boldLeads);
  }

  /** How far left of the word before it a word must be drawn to count as drawn out of order. */
  private static final float BACKWARDS_EMS = 2f;

  /** One page's text, for when a one-pass read failed and pages are read one by one. */
  String page(PDDocument doc, int n) throws IOException {
    List<String> one = pages(doc, n, n);
    return one.isEmpty() ? "" : one.get(0);
  }

  /** A gap wider than this many spaces, and than this share of the font size, separates table cells. */
  private static final float CELL_GAP_SPACES = 4f;
  private static final float CELL_GAP_EMS = 1.5f;

  private float lastEnd = Float.NaN;
  private boolean separatorPending;

  @Override
  protected void writeWordSeparator() {
    separatorPending = true; // written before the next word, once its distance is known
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    separatorPending = false;
    lastEnd = Float.NaN;
    endLine();
    super.writeLineSeparator();
    lineStart = buffer.getBuffer().length();
  }

  /** Keeps the line just written if its letters, three or more, are all bold, or its bold opening if it has one. */
  private void endLine() {
    StringBuffer b = buffer.getBuffer();
    int start = Math.min(lineStart, b.length());
    if (boldLetters >= MIN_BOLD_LETTERS && plainLetters == 0) {
      String key = Page.boldKey(b.substring(start));
      if (!key.isEmpty()) {
        pageBold.add(key);
      }
    } else if (leadEnd > start && leadEnd < b.length()) {
      String lead = Page.boldKey(b.substring(start, leadEnd));
      if (!lead.isEmpty()) {
        pageLeads.put(Page.boldKey(b.substring(start)), lead);
      }
    }
    boldLetters = 0;
    plainLetters = 0;
    leadEnd = -1;
  }

  private static final int MIN_BOLD_LETTERS = 3;

  /**
   * Counts the letters of a word by face: figures and stops in a plain face do not unmake a bold line ({@code 4. Minutes}).
   * The first word with a plain letter after three or more bold ones ends the line's bold opening, at {@code wordStart}.
   */
  private void countFaces(List<TextPosition> positions, int wordStart) {
    int offset = 0; // a run of text can be a whole line, its spaces drawn as glyphs: where in it the glyph is
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      int at = offset;
      offset += u == null ? 0 : u.length();
      if (u == null || u.isEmpty() || !Character.isLetter(u.codePointAt(0))) {
        continue;
      }
      if (isBold(p.getFont())) {
        boldLetters++;
      } else {
        if (plainLetters == 0 && boldLetters >= MIN_BOLD_LETTERS) {
          leadEnd = wordStart + at;
        }
        plainLetters++;
      }
    }
  }

  /** Whether a font is a bold face, by its name ({@code Arial,Bold}, {@code ABCDEF+DejaVuSans-Bold}) or its descriptor. */
  private boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(font, f -> {
      String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
      if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
        return true;
      }
      PDFontDescriptor d = f.getFontDescriptor();
      return d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT);
    });
  }

  private static final float BOLD_WEIGHT = 600f;

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (!positions.isEmpty() && backwards(lastEnd, positions.get(0))) {
      reversed++; // the word starts left of the one before it
    }
    if (separatorPending) {
      separatorPending = false;
      String separator = getWordSeparator();
      if (!positions.isEmpty() && !Float.isNaN(lastEnd)) {
        TextPosition first = positions.get(0);
        float gap = first.getXDirAdj() - lastEnd;
        float space = Math.max(first.getWidthOfSpace(), 0.2f * first.getFontSizeInPt());
        if (gap > CELL_GAP_SPACES * space && gap > CELL_GAP_EMS * first.getFontSizeInPt()) {
          separator = "\t";
        }
      }
      output.write(separator);
    }
    countFaces(positions, buffer.getBuffer().length()); // the word starts here, after its separator
    writeSplitAtReversals(text.replace('\t', ' '), positions); // a tab printed in the PDF is a space, not a cell gap
    if (!positions.isEmpty()) {
      TextPosition last = positions.get(positions.size() - 1);
      lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
    }
  }

  /**
   * The word, with a tab where it goes back to the left ({@code 5:30 PM} then {@code Tuesday, February 2, 2021} drawn to its
   * left): two cells drawn in the other order, not one word.
   */
  private void writeSplitAtReversals(String text, List<TextPosition> positions) throws IOException {
    int from = 0;
    // "Overcrossing" then "21-0020" drawn to its left come as one word: PDFBox sees no gap going backwards
    boolean oneGlyphEach = positions.size() == text.length();
    for (int k = 1; k < positions.size(); k++) {
      TextPosition before = positions.get(k - 1);
      if (!backwards(before.getXDirAdj() + before.getWidthDirAdj(), positions.get(k))) {
        continue;
      }
      reversed++;
      if (oneGlyphEach && glyphsAreText(text, positions)) {
        super.writeString(text.substring(from, k), positions.subList(from, k));
        output.write("\t");
        from = k;
      }
    }
    super.writeString(text.substring(from), positions.subList(from, positions.size()));
  }

  /** Whether {@code p} is drawn left of {@code end}, where the text before it ended, by more than {@link #BACKWARDS_EMS} ems. */
  private static boolean backwards(float end, TextPosition p) {
    return !Float.isNaN(end) && p.getXDirAdj() < end - BACKWARDS_EMS * p.getFontSizeInPt();
  }

  /** Whether each position is one character of the word, so that the word can be cut where a position is. */
  private static boolean glyphsAreText(String text, List<TextPosition> positions) {
    int length = 0;
    for (TextPosition p : positions) {
      length += p.getUnicode().length();
    }
    return length == text.length();
  }

  /**
   * Text typed onto a page as annotations, a notice filled in with a PDF reader ({@code Date/Time:} with
   * {@code June 6, 530pm} in a text box or a form field), is read with the page's own text, where it is
   * drawn: such a page is sorted by position.
   */
  @Override
  protected void writePage() throws IOException {
    int drawn = glyphs();
    for (PDAnnotation a : getCurrentPage().getAnnotations()) {
      if ((a instanceof PDAnnotationFreeText || a instanceof PDAnnotationWidget) && !a.isHidden() && !a.isNoView()
          && a.getNormalAppearanceStream() != null) {
        showAnnotation(a);
      }
    }
    boolean typed = glyphs() > drawn; // an empty form field types nothing, and the page keeps its drawing order
    boolean sorted = getSortByPosition();
    setSortByPosition(sorted || typed);
    try {
      super.writePage();
    } finally {
      setSortByPosition(sorted);
    }
  }

  private int glyphs() {
    int n = 0;
    for (List<TextPosition> article : getCharactersByArticle()) {
      n += article.size();
    }
    return n;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    if (System.nanoTime() > deadline) {
      throw new TimeLimitExceeded();
    }
    super.startPage(page);
    buffer.getBuffer().setLength(0);
    reversed = 0;
    lineStart = 0;
    boldLetters = 0;
    plainLetters = 0;
    pageBold = new HashSet<>();
    pageLeads = new java.util.HashMap<>();
    leadEnd = -1;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    output.flush();
    endLine();
    pages.add(buffer.toString());
    reversals.add(reversed);
    bold.add(Set.copyOf(pageBold));
    boldLeads.add(Map.copyOf(pageLeads));
  }
}
