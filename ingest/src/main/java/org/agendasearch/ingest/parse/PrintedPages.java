package org.agendasearch.ingest.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Page;

/**
 * The page numbers printed on a document's pages ({@code Page 17} in a footer, {@code 39} alone
 * at the foot of a title page, {@code - 2 -} at the top), mapped to PDF pages: a front sheet's
 * page ranges ({@code 273 - 276}) count printed pages, and an item's link needs the PDF page.
 */
final class PrintedPages {

  private static final Pattern NUMBER = Pattern.compile(
      "(?i)^(?:page\\s*\\|?\\s*)?[-–]?\\s*(\\d{1,4})\\s*[-–]?(?:\\s+of\\s+\\d{1,4})?$|.*\\s+page\\s+(\\d{1,4})$");
  /** Lines at each end of a page where a printed number may be. */
  private static final int EDGE = 3;

  private final Map<Integer, Integer> pdfPage = new HashMap<>();

  private PrintedPages() {}

  static PrintedPages of(List<Page> pages) {
    PrintedPages printed = new PrintedPages();
    for (Page p : pages) {
      List<String> lines = p.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      int n = lines.size();
      for (int i = 0; i < n; i++) {
        if (i >= EDGE && i < n - EDGE) {
          continue;
        }
        Matcher m = NUMBER.matcher(lines.get(i));
        if (m.matches()) {
          int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
          printed.pdfPage.putIfAbsent(number, p.number());
          break;
        }
      }
    }
    return printed;
  }

  /** The PDF page on which this printed page number is printed, or -1. */
  int pdfPage(int printed) {
    return pdfPage.getOrDefault(printed, -1);
  }
}
