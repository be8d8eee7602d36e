package org.agendasearch.sources;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Safe names for what a council's site calls things: a paper's title or a committee's name becomes
 * a file or folder name of letters, digits, dashes, dots and underscores, never a path ("../",
 * "/etc/passwd"), never hidden, never a Windows device name, at most 100 characters.
 */
public final class FileNames {

  private static final int MAX = 100;
  private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "lpt1");

  private FileNames() {}

  /** "Public reports pack 26th-Feb-2015 14.00 Cabinet" to "Public_reports_pack_26th-Feb-2015_14.00_Cabinet". */
  public static String of(String title, String fallback) {
    String s = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("\\.{2,}", ".").replaceAll("_+", "_");
    if (s.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      s = s.substring(0, s.length() - 4);
    }
    s = s.replaceAll("^[._-]+|[._-]+$", "");
    if (s.length() > MAX) {
      s = s.substring(0, MAX).replaceAll("[._-]+$", "");
    }
    return s.isEmpty() || DEVICES.contains(s.toLowerCase(Locale.ROOT)) ? fallback : s;
  }

  /** An id from a site ("12345") kept to letters and digits: part of a folder name. */
  public static String id(String id) {
    String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9]", "");
    return s.isEmpty() ? "0" : s.length() > 20 ? s.substring(0, 20) : s;
  }
}
