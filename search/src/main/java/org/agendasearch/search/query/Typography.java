package org.agendasearch.search.query;

/**
 * Typographic quotes and dashes, as phones and word processors type them, read as their ASCII
 * forms: {@code “corporate parenting”} is the phrase {@code "corporate parenting"}, and
 * {@code –homeless} excludes "homeless" as {@code -homeless} does.
 */
final class Typography {

  private Typography() {}

  static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(switch (c) {
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> '"';
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\uFF07' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
        case '\u00A0', '\u2007', '\u202F' -> ' ';
        default -> c;
      });
    }
    return sb.toString();
  }
}
