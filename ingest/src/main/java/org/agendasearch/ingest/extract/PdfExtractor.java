package org.agendasearch.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.agendasearch.ingest.model.Page;

/**
 * Reads a PDF page by page with PDFBox. The file is read through a buffered random-access file and
 * PDFBox's scratch data goes to temporary files, so memory does not grow with the file. A page
 * with no text layer is rendered and OCR'd when Tesseract is there.
 */
public final class PdfExtractor {

  /** Fewer visible characters than this on a page means "no text layer". */
  static final int MIN_TEXT_CHARS = 20;
  /** Enough for Tesseract on printed text; 300 costs half as much again for no gain on our scans. */
  private static final float OCR_DPI = 200f;
  /** The largest page image we render for OCR (an A4 page at 200 DPI is 3.9 million). */
  static final double MAX_OCR_PIXELS = 30_000_000;
  /** The largest embedded image we let PDFBox decode for OCR. */
  static final long MAX_IMAGE_PIXELS = 100_000_000L;

  private final TesseractOcr ocr;
  private volatile Boolean ocrAvailable;

  public PdfExtractor(TesseractOcr ocr) {
    this.ocr = ocr;
  }

  /** Reads every page's text, or throws with the reason the file cannot be read at all. */
  public ExtractedText extract(Path file, ExtractOptions options) throws ExtractionException {
    checkHeader(file);
    List<String> warnings = new ArrayList<>();
    boolean truncated = !hasEofMarker(file);
    if (truncated) {
      warnings.add("truncated: the file ends before its end-of-file marker; only the pages that could be read are indexed");
    }
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
        options.password() == null ? "" : options.password(), null, null,
        IOUtils.createTempFileOnlyStreamCache())) {
      return new ExtractedText(readPages(doc, options, warnings, truncated), warnings);
    } catch (PageTextStripper.TimeLimitExceeded e) {
      throw new ExtractionException(ExtractionException.Failure.LIMIT, "limit: reading the file took longer than "
          + options.timeLimit().toSeconds() + " s and was stopped");
    } catch (RuntimeException | StackOverflowError e) {
      // A page tree with a loop, objects nested past reason, a broken cross-reference: PDFBox
      // throws unchecked exceptions for structures it cannot follow.
      throw new ExtractionException(ExtractionException.Failure.CORRUPT,
          "corrupt: the PDF's structure cannot be followed (" + oneLine(e) + ")", e);
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(ExtractionException.Failure.ENCRYPTED, options.password() == null
          ? "encrypted: the PDF needs a password to open (give it with --password)"
          : "encrypted: the password given does not open this PDF");
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Failure.CORRUPT,
          "corrupt: PDFBox could not read the file (" + oneLine(e) + ")", e);
    }
  }

  private List<Page> readPages(PDDocument doc, ExtractOptions options, List<String> warnings, boolean truncated)
      throws ExtractionException, IOException {
    int total = doc.getNumberOfPages();
    if (total == 0) {
      throw new ExtractionException(ExtractionException.Failure.CORRUPT, "corrupt: the PDF has no readable pages");
    }
    if (total > options.maxPages()) {
      warnings.add("limit: the PDF has " + total + " pages; only the first " + options.maxPages() + " are read");
      total = options.maxPages();
    }
    long deadline = System.nanoTime() + options.timeLimit().toNanos();
    PageTextStripper stripper = new PageTextStripper();
    stripper.deadline(deadline);
    List<String> texts = onePass(stripper, doc, total);
    List<Set<String>> bold = texts == null ? List.of() : stripper.bold();
    List<java.util.Map<String, String>> leads = texts == null ? List.of() : stripper.boldLeads();
    if (texts != null && !texts.isEmpty()) {
      // A front sheet drawn out of order (its first numbered item first, its title block last) is read
      // again, sorted by position, title first; only then (sorting every page doubled extraction, and
      // sorting runs a table's columns and a corner stamp into the title).
      texts = new ArrayList<>(texts);
      List<Integer> reversals = stripper.reversals();
      for (int n = 0; n < texts.size(); n++) {
        // each page is read again by position once at most: for words drawn right to left, else for the reasons below
        int reversed = n < reversals.size() ? reversals.get(n) : 0;
        texts.set(n, DrawingOrder.drawnBackwards(reversed) ? DrawingOrder.byPosition(doc, n + 1, texts.get(n), deadline)
            : n == 0 ? DrawingOrder.firstPage(doc, texts.get(0), deadline)
            : DrawingOrder.numbersApart(doc, n + 1, texts.get(n), deadline));
      }
    }
    List<Page> pages = new ArrayList<>(total);
    List<Integer> unreadable = new ArrayList<>();
    List<Integer> ocrd = new ArrayList<>();
    List<Integer> noText = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      String text;
      if (texts != null) {
        text = texts.get(n - 1);
      } else {
        try {
          text = stripper.page(doc, n);
        } catch (PageTextStripper.TimeLimitExceeded e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          unreadable.add(n);
          pages.add(new Page(n, "", false));
          continue;
        }
      }
      if (visibleChars(text) < MIN_TEXT_CHARS && !hasImages(doc, n)) {
        if (visibleChars(text) == 0 && truncated) {
          unreadable.add(n);
        }
        pages.add(new Page(n, text.strip(), false));
        continue;
      }
      if (visibleChars(text) < MIN_TEXT_CHARS && options.ocr()) {
        if (System.nanoTime() > deadline) {
          throw new PageTextStripper.TimeLimitExceeded();
        }
        String ocrText = ocrPage(doc, n, options, warnings);
        if (ocrText != null) {
          ocrd.add(n);
          pages.add(new Page(n, ocrText.strip(), true));
          continue;
        }
        noText.add(n);
      }
      pages.add(new Page(n, tidy(text), false, n <= bold.size() ? bold.get(n - 1) : Set.of(),
          n <= leads.size() ? leads.get(n - 1) : java.util.Map.of()));
    }
    if (!unreadable.isEmpty()) {
      warnings.add("damaged: " + unreadable.size() + " of " + total + " pages could not be read (pages " + ranges(unreadable) + ")");
      if (unreadable.size() == total) {
        throw new ExtractionException(ExtractionException.Failure.CORRUPT, "corrupt: not one of the " + total + " pages could be read");
      }
    }
    if (!ocrd.isEmpty()) {
      warnings.add("ocr: " + ocrd.size() + " of " + total + " pages had no text layer and were read by OCR (pages " + ranges(ocrd) + ")");
    }
    if (!noText.isEmpty()) {
      warnings.add("no text: " + noText.size() + " of " + total + " pages have no text layer (pages " + ranges(noText) + ")");
    }
    return pages;
  }

  /**
   * All pages' text in one pass, or null when the pass failed (a damaged page): the caller then
   * reads page by page, so that one bad page costs only itself.
   */
  private static List<String> onePass(PageTextStripper stripper, PDDocument doc, int total)
      throws PageTextStripper.TimeLimitExceeded {
    try {
      List<String> texts = stripper.pages(doc, 1, total);
      return texts.size() == total ? texts : null;
    } catch (PageTextStripper.TimeLimitExceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private String ocrPage(PDDocument doc, int n, ExtractOptions options, List<String> warnings) {
    if (ocrAvailable == null) {
      ocrAvailable = ocr.available();
    }
    if (!ocrAvailable) {
      if (warnings.stream().noneMatch(w -> w.startsWith("ocr unavailable"))) {
        warnings.add("ocr unavailable: pages with no text layer need the tesseract command (Debian package tesseract-ocr)");
      }
      return null;
    }
    try {
      PDRectangle box = doc.getPage(n - 1).getMediaBox();
      // Render at 200 DPI, but never more than MAX_OCR_PIXELS: a page declared metres wide must
      // not become a gigapixel image in memory.
      double pixels = (box.getWidth() / 72.0 * OCR_DPI) * (box.getHeight() / 72.0 * OCR_DPI);
      float dpi = pixels > MAX_OCR_PIXELS ? (float) (OCR_DPI * Math.sqrt(MAX_OCR_PIXELS / pixels)) : OCR_DPI;
      if (largestImagePixels(doc.getPage(n - 1).getResources(), 0) > MAX_IMAGE_PIXELS) {
        warnings.add("ocr skipped on page " + n + ": an image on it is too large to decode safely");
        return null;
      }
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(n - 1, dpi, ImageType.GRAY);
      return ocr.read(image, options.ocrTimeout());
    } catch (IOException | RuntimeException e) {
      warnings.add("ocr failed on page " + n + ": " + oneLine(e));
      return null;
    }
  }

  /**
   * Pixels of the largest image the page draws, directly or in a form (by its declared size,
   * before decoding); -1 when it draws none.
   */
  private static long largestImagePixels(PDResources resources, int depth) {
    if (resources == null || depth > 3) {
      return -1;
    }
    long largest = -1;
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject img) {
          largest = Math.max(largest, (long) img.getWidth() * img.getHeight());
        } else if (x instanceof PDFormXObject form) {
          largest = Math.max(largest, largestImagePixels(form.getResources(), depth + 1));
        }
      } catch (IOException e) {
        // A broken XObject is no image we could read.
      }
    }
    return largest;
  }

  /** Whether the page draws an image (directly or in a form): only such a page is worth OCR. */
  static boolean hasImages(PDDocument doc, int n) {
    try {
      return largestImagePixels(doc.getPage(n - 1).getResources(), 0) >= 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void checkHeader(Path file) throws ExtractionException {
    byte[] head = new byte[1024];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Failure.UNREADABLE, "unreadable: " + oneLine(e), e);
    }
    if (read == 0) {
      throw new ExtractionException(ExtractionException.Failure.EMPTY, "empty: the file has no content (0 bytes)");
    }
    if (!new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
      throw new ExtractionException(ExtractionException.Failure.UNSUPPORTED,
          "not a PDF: the file has a .pdf name but no PDF header");
    }
  }

  /** A complete PDF ends with "%%EOF" (perhaps followed by white space) in its last kilobyte. */
  static boolean hasEofMarker(Path file) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long len = raf.length();
      int tail = (int) Math.min(1024, len);
      byte[] buf = new byte[tail];
      raf.seek(len - tail);
      raf.readFully(buf);
      return new String(buf, StandardCharsets.ISO_8859_1).contains("%%EOF");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Page text with runs of spaces made single spaces, line breaks and the tabs between table cells kept.
   * Each pattern runs only on a page where it can match (a quick scan first): run on every page, the
   * three patterns were 5% of a reindex in the profile, and most pages have nothing for two of them.
   */
  static String tidy(String text) {
    String s = text;
    if (s.indexOf('\t') >= 0) {
      s = CELL_GAP.matcher(s).replaceAll("\t");
    }
    if (hasSpaceRun(s)) {
      s = SPACE_RUN.matcher(s).replaceAll(" ");
    }
    if (hasSpaceAtBreak(s)) {
      s = AROUND_BREAK.matcher(s).replaceAll("\n");
    }
    if (spacedStops(s)) {
      s = SPACE_BEFORE_STOP.matcher(s).replaceAll("$1");
    }
    return s.strip();
  }

  /**
   * A space before each comma and stop, as a typewritten page read by OCR gives them ({@code HELD MONDAY , JULY 26 , 1976 ,
   * AT THE}, {@code 1 .   Minutes of July 19 , 1976}): taken out, so that dates, numbers and names read as typeset ones do.
   */
  private static final java.util.regex.Pattern SPACE_BEFORE_STOP = java.util.regex.Pattern.compile("(?<=\\S) +([,;.:])(?=\\s|$)");
  /** A page with at least {@code SPACED_STOPS} commas after a space, too many for a typing slip. */
  private static final int SPACED_STOPS = 5;

  private static boolean spacedStops(String s) {
    int n = 0;
    for (int i = s.indexOf(" ,"); i >= 0 && n < SPACED_STOPS; i = s.indexOf(" ,", i + 2)) {
      n++;
    }
    return n >= SPACED_STOPS;
  }

  private static final java.util.regex.Pattern CELL_GAP = java.util.regex.Pattern.compile("[ \u00A0]*\t[ \t\u00A0]*");
  private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[ \u00A0]{2,}");
  private static final java.util.regex.Pattern AROUND_BREAK = java.util.regex.Pattern.compile("[ \t]*\n[ \t]*");

  /** Whether two spaces (plain or no-break) stand side by side somewhere in {@code s}. */
  private static boolean hasSpaceRun(String s) {
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean now = c == ' ' || c == '\u00A0';
      if (now && space) {
        return true;
      }
      space = now;
    }
    return false;
  }

  /** Whether a space or tab stands right before or after a line break somewhere in {@code s}. */
  private static boolean hasSpaceAtBreak(String s) {
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      char before = i > 0 ? s.charAt(i - 1) : 0;
      char after = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (before == ' ' || before == '\t' || after == ' ' || after == '\t') {
        return true;
      }
    }
    return false;
  }

  static int visibleChars(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** "1-3, 7" for [1, 2, 3, 7]. */
  static String ranges(List<Integer> pages) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(pages.get(i));
      if (j > i) {
        sb.append('-').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
