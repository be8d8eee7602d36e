package org.agendasearch.search.index;

import java.util.Locale;

/** Stable, URL-safe ids for source files, from their path in the corpus. */
public final class DocumentIds {

  private DocumentIds() {}

  /**
   * {@code 2017/cabinet pack.pdf} becomes {@code 2017--cabinet-pack}; a non-PDF keeps its
   * extension ({@code minutes.docx} becomes {@code minutes-docx}) so two formats never collide.
   */
  public static String of(String relativePath) {
    String p = relativePath.replace('\\', '/');
    if (p.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      p = p.substring(0, p.length() - 4);
    }
    return p.replace("/", "--").replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
  }

  /** Whether a string could be a document id (the only ids {@code /documents/} will look up). */
  public static boolean isValid(String id) {
    return id != null && id.length() <= 300 && id.matches("[A-Za-z0-9_][A-Za-z0-9_-]*");
  }
}
