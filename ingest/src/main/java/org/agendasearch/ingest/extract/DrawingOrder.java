package org.agendasearch.ingest.extract;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Pages whose drawing order is not their reading order, read again sorted by position; only those
 * (sorting every page doubled extraction, and sorting runs a table's columns and a corner stamp into
 * the title).
 */
final class DrawingOrder {

  private DrawingOrder() {}

  /**
   * The first page, read again sorted by position when its drawing starts with its first numbered item (a front
   * sheet drawn out of order, its title block last); as drawn otherwise.
   */
  static String firstPage(PDDocument doc, String inStreamOrder, long deadline) {
    List<String> drawn = nonBlankLines(inStreamOrder, 1);
    if (drawn.isEmpty() || !NUMBERED_ITEM.matcher(drawn.get(0)).lookingAt()) {
      return inStreamOrder; // most pages: no second read
    }
    String byPosition = byPosition(doc, 1, inStreamOrder, deadline);
    List<String> top = nonBlankLines(byPosition, 1);
    return !top.isEmpty() && !NUMBERED_ITEM.matcher(top.get(0)).lookingAt() ? byPosition : inStreamOrder;
  }

  /** Page {@code n} read sorted by position, or {@code inStreamOrder} when that read fails. */
  static String byPosition(PDDocument doc, int n, String inStreamOrder, long deadline) {
    try {
      PageTextStripper sorted = new PageTextStripper(true);
      sorted.deadline(deadline);
      return sorted.page(doc, n);
    } catch (IOException | RuntimeException e) {
      return inStreamOrder;
    }
  }

  /** Words drawn out of order on a page, at the fewest, for it to be read again sorted by position. */
  private static final int MIN_REVERSALS = 2;

  /**
   * Whether a page whose words were drawn right to left so many times ({@link PageTextStripper#reversals}: a Legistar
   * agenda's table, {@code Mary Avenue Overcrossing} then {@code 21-0020} then {@code A}) is read again sorted by position.
   */
  static boolean drawnBackwards(int reversals) {
    return reversals >= MIN_REVERSALS;
  }

  /** A number alone on its line, its title drawn elsewhere: {@code 1.} */
  private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("^\\s*\\d{1,3}[.)]\\s*$");

  /**
   * A page that draws its items' numbers apart from their titles ({@code 1.} / {@code 2.} / ... then
   * {@code Conference With Legal Counsel ...}, as a browser prints a table of numbers and titles) is
   * read again sorted by position, each number on its title's line; other pages are not read twice.
   */
  static String numbersApart(PDDocument doc, int n, String inStreamOrder, long deadline) {
    String previous = "";
    boolean apart = false;
    for (String line : (Iterable<String>) inStreamOrder.lines().filter(l -> !l.isBlank())::iterator) {
      if (BARE_NUMBER.matcher(line).matches() && BARE_NUMBER.matcher(previous).matches()) {
        apart = true;
        break;
      }
      previous = line;
    }
    return apart ? byPosition(doc, n, inStreamOrder, deadline) : inStreamOrder;
  }

  /** {@code 1. CALL TO ORDER}: a page whose drawing starts with its first item. */
  private static final java.util.regex.Pattern NUMBERED_ITEM = java.util.regex.Pattern.compile("^\\d{1,3}[.)]?\\s+\\p{Lu}");

  private static List<String> nonBlankLines(String text, int n) {
    return text.lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty()).limit(n).toList();
  }
}
