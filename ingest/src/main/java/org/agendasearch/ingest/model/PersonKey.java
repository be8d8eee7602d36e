package org.agendasearch.ingest.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name as a key for matching, the one rule the parser, the evaluation and the index
 * share: {@code Cllr. R.W. Gough (Chairman) OBE}, {@code Mr R W Gough} and {@code Councillor Mrs R.W.
 * Gough} are all {@code r w gough}; {@code Deputy Mayor Brosnan} is {@code brosnan}. Roles in
 * brackets, titles and offices before the name, honours after it and punctuation are left out; a
 * title alone ("Mayor") is kept for want of any other name.
 */
public final class PersonKey {

  /** Titles and offices printed before a name, each followed by more of it. */
  private static final Pattern TITLE = Pattern.compile("(?i)^(?:c?cllrs?|c?clrs?|counc|coun|councill?ors?|councilmembers?|council\\s+members?"
      + "|crs?|mr|mrs|ms|miss|mx|messrs|dr|prof|professor|sir|dame|lord|lady|hon|rev|revd|reverend|the|deputy|vice|acting"
      + "|mayor|chair(?:man|woman|person)?|council\\s+president|president|provost|baillie|bailie|leader|trustees?"
      + "|commissioners?|supervisors?|directors?|alder(?:wo)?man|aldermen|alderpersons?|members?"
      + "|county|city|borough|district|parish|town)\\.?\\s+");
  /** Honours, degrees and professional letters printed after a name ({@code Ruairi Boland B.E.}, {@code J. Smith, P.E.} is not: "pe" may be a name). */
  private static final Pattern HONOURS = Pattern.compile("(?i)(?:\\s+(?:obe|mbe|cbe|kbe|jp|dl|mp|msp|ma|bsc|b sc|msc|m sc|b e|beng|b eng|meng|ceng|c eng|ba|b a|mba|phd|ph d|llb|bl|mrtpi|mrics|fca|acca|cpa|aicp|esq|frcs|qc|kc))+$");

  private PersonKey() {}

  /** The name for matching: lower case, without title, role, honours or punctuation; "" when nothing is left. */
  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String s = name.replaceAll("\\([^)]*\\)", " ").replaceAll("[.,'’‟\"“”‘]", " ").replaceAll("\\s+", " ").strip();
    for (String before = null; !s.equals(before); ) {
      before = s;
      String stripped = TITLE.matcher(s).replaceFirst("");
      s = stripped.isBlank() ? s : stripped;
      s = HONOURS.matcher(s).replaceFirst("").strip();
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
