package org.agendasearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who attended a meeting, told in sentences of its minutes rather than in labelled lists
 * ({@link AttendanceParser}):
 *
 * <pre>
 * Apologies for absence were received from Councillors Julian Cunningham     apologies
 * An apology for absence was intimated on behalf of Councillor Brown.        apologies
 * That the apology from Councillors Mawson and Wright be accepted.           apologies
 * Cllr. A Edwards sent his apologies.                                        apologies
 * WLDC Update – Cllr Bunney sent his apologies                              apologies ("Cllr Bunney")
 * Apologies for lateness were provided by Councillor X                       present (late)
 * Mayor Heather Kibbey, ... and Councilors Bill Tuttle were present.          members present
 * County Cllrs D Bryan, T Evans and T Tudor were in attendance.              present ("The Town Clerk ... were" names no one)
 * Board members present were Trustee Elton, ... Clerk Buiter was also present.  members, then an officer
 * ... took a roll call. Present were: Mayor Jim Humpage, Vice Mayor Pat Watkins, ...   members present
 * Also in attendance were: Village Attorney Scott Hawkins, ...                others present
 * There were present the Honorable Roosevelt L. Johnson, Louis J. Marshall.   members present
 * The Cathaoirleach, Cllr. H. Kenny, was in the Chair.                         present, role Cathaoirleach
 * Councillor Shaw, Convener, presided.                                          present, role Convener
 * Councilmember Butcher was absent.                                            absent (over a list of the members)
 * </pre>
 */
final class AttendanceSentences {

  /** People a sentence names, still to be split ({@link PersonNames#list}), and what it says of them. */
  record Said(String who, AttendanceParser.Section section) {}

  /**
   * A full stop that is no initial's or title's ({@code J.}, {@code Cllrs.}, {@code Miss.}): where a sentence may end.
   */
  private static final String NOT_A_TITLES_STOP = "(?<!\\b\\p{Lu}|\\b(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Crs?|Clr|St|Messrs|Cty))";
  /**
   * {@code Apologies for absence were received from ...}, {@code An apology ... was intimated on behalf of ...}, {@code Apologies
   * for inability to attend were reported from Councillors ...}.
   */
  private static final Pattern APOLOGY_SENTENCE = Pattern.compile(
      "(?i)\\b(?:an\\s+)?apolog(?:y|ies)(?:\\s+for\\s+(?:absence|non-attendance|inability\\s+to\\s+attend|(lateness)))?\\s+(?:(?:were|was|had\\s+been|have\\s+been)\\s+)?"
      + "(?:received|submitted|tendered|noted|intimated|accepted|given|sent|provided|made|reported)(?:\\s+and\\s+(?:accepted|noted|approved))?"
      + "\\s+(?:from|on\\s+behalf\\s+of|by)\\s+(.+?)(?:" + NOT_A_TITLES_STOP + "\\.(?=\\s|$)|$)");
  /** Lines an apology sentence may run over. */
  private static final int SENTENCE_LINES = 6;
  /** The verbs of sending one's apologies: {@code sent}, {@code tendered}. */
  private static final String SENDS = "(?:sent|tendered|gave|offered|submitted)";
  /**
   * {@code That the apology from Councillors Mawson and Wright be accepted.}, {@code Accepts the apology from Cr Kate
   * Wilson.}, {@code Cllr. A Edwards sent his apologies.}
   */
  private static final Pattern APOLOGY_OTHER = Pattern.compile(
      "(?i)\\bapolog(?:y|ies)\\s+(?:of|from)\\s+(.+?)\\s+be\\s+(?:accepted|received|noted)"
      + "|^(?:that\\s+the\\s+\\p{L}+\\s+)?(?:accepts?|receives?|notes?)\\s+(?:the\\s+)?apolog(?:y|ies)\\s+(?:of|from)\\s+(.+?)(?:\\s+for\\s+.*)?\\.?$"
      // after a subject's dash: "WLDC Update – Cllr Bunney sent his apologies"
      + "|^(?:.*?\\s[-–—]\\s+)?(.+?)\\s+" + SENDS + "\\s+(?:his|her|their)?\\s*apolog");
  /** A line that says someone sent apologies, which ends a list of who was present. */
  private static final Pattern SENT_APOLOGIES = Pattern.compile("(?i)\\b" + SENDS + "\\s+(?:his|her|their)\\s+apolog");

  /** Whether the line says someone sent their apologies: {@code WLDC Update – Cllr Bunney sent his apologies}. */
  static boolean sentApologies(String line) {
    return SENT_APOLOGIES.matcher(line).find();
  }
  /**
   * {@code Board members present were Trustee Elton, ... and Supervisor Liccar.}, {@code The following members were present:
   * Mayor Huber, Councilmembers Duggan, Krebsbach, Schneeman and Vitelli.}, {@code Council present were Matt Childers, ...}
   */
  private static final Pattern MEMBERS_PRESENT_WERE = Pattern.compile(
      "\\b(?:members|councillors|councilors|council|trustees|commissioners|directors)\\s+(?:present\\s+(?:were|was)\\s*:?|(?:were|was)\\s+present\\s*:)"
      + "\\s+(.+?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  /**
   * {@code Present were: Mayor Jim Humpage, ...}, {@code Also in attendance were: Village Attorney Scott Hawkins, ...},
   * {@code There were present the Honorable Roosevelt L. Johnson, Louis J. Marshall, ...}; after a sentence on the
   * same line: {@code ... at 1:30 o'clock p.m. Council members present: Allen, Hart, Morgan, Reid, Hollingsworth.}; others
   * after the members: {@code Also present: City Attorney Austin Parker, ...}, {@code Visitors present were: Kent Bush, ...}
   */
  private static final Pattern PRESENT_WERE = Pattern.compile(
      "^(?:(also|visitors|guests)\\s+|those\\s+)?(?:(?:present|in\\s+attendance)\\s+(?:were|was)|(?<=(?:also|visitors|guests)\\s)(?:present|in\\s+attendance)(?=\\s*:)|there\\s+(?:were|was)\\s+present"
      + "(?:\\s+the\\s+(?:honou?rable|hon\\.))?|council\\s*members\\s+present(?=\\s*:))\\s*:?\\s+(\\p{Lu}.+?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  /** {@code ... and Councilors Bill Tuttle were present.}, {@code Clerk Buiter was also present.}: a sentence's subject. */
  private static final Pattern WERE_PRESENT = Pattern.compile(
      "^(?:present\\s*:\\s*)?(?!the\\s)(\\p{Lu}.+?),?\\s+(?:were|was)\\s+(?:also\\s+)?(?:present|in\\s+attendance)\\b", Pattern.CASE_INSENSITIVE);
  /** {@code Councilmember Butcher was absent.}: a sentence that is only who was absent. */
  private static final Pattern WERE_ABSENT = Pattern.compile(
      "^(\\p{Lu}.+?)\\s+(?:was|were)\\s+absent(?:\\s+from\\s+(?:the|this)\\s+meeting)?\\.?$", Pattern.CASE_INSENSITIVE);
  /** Where a clause may start: the sentence's start, or a capital after a full stop or semicolon. */
  private static final Pattern CLAUSE_START = Pattern.compile("(?:^|(?<=[.;]\\s))\\p{Lu}");
  /** Where a sentence ends: after a word's full stop, not a title's ({@code Cllr. Smith}, {@code Mrs. Jones}), or a time's ({@code 1:30 p.m. Council}). */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?:(?<=\\p{L}{2}[.!?])(?<!\\b(?:Mrs|Cllr|Revd|Prof|Messrs|Hon|Cr|Mr|Ms|Dr|St)\\.)|(?<=\\b[AaPp]\\.[Mm]\\.))\\s+(?=\\p{Lu})");
  /** {@code The Cathaoirleach, Cllr. H. Kenny, was in the Chair.}, {@code Mayor Mrakas in the Chair;}: who chaired. */
  private static final Pattern IN_THE_CHAIR = Pattern.compile(
      "(?:^|(?<=[.;]\\s))(?:The\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?),\\s+)?(\\p{Lu}[^,;]{2,60}?),?\\s+"
      + "(?:was\\s+|presided\\s+)?in\\s+the\\s+[Cc]hair\\b");
  /** {@code Councillor Shaw, Convener, presided.}: who chaired, and the office in commas. */
  private static final Pattern PRESIDED = Pattern.compile(
      "^(\\p{Lu}[^,;]{2,60}?)(?:,\\s+(\\p{Lu}[\\p{L} -]{2,30}),)?\\s+presided\\b(?!\\s+over\\s+(?!the\\s+meeting))");

  private AttendanceSentences() {}

  /** An apology told in a sentence starting on line {@code i}. */
  static Optional<Said> apology(List<Line> body, LineLabel[] labels, int i) {
    String t = body.get(i).text();
    Matcher a = APOLOGY_SENTENCE.matcher(t.toLowerCase(Locale.ROOT).contains("apolog") ? sentence(body, labels, i) : t);
    if (a.find() && a.start() < t.length()) {
      // "Apologies for lateness were provided by Councillor X": X was there, late
      return Optional.of(new Said(a.group(2), new AttendanceParser.Section("member", a.group(1) != null ? "present" : "apologies")));
    }
    Matcher other = APOLOGY_OTHER.matcher(t);
    if (other.find()) {
      String who = other.group(1) != null ? other.group(1) : other.group(2) != null ? other.group(2)
          : other.group(3).replaceFirst("^.*?:\\s*", "");
      return Optional.of(new Said(who, new AttendanceParser.Section("member", "apologies")));
    }
    return Optional.empty();
  }

  /**
   * Who a sentence says was absent, from the last of its clauses that can be a subject: {@code ... to order at 7:00 p.m.
   * Councilmember Butcher was absent.} gives {@code Councilmember Butcher} (the sentence is not cut at "p.m.").
   */
  static Optional<String> absent(String sentence) {
    Matcher start = CLAUSE_START.matcher(sentence);
    while (start.find()) {
      Matcher absent = WERE_ABSENT.matcher(sentence).region(start.start(), sentence.length());
      if (absent.matches() && absent.group(1).split("\\s+").length <= 8) {
        return Optional.of(absent.group(1));
      }
    }
    return Optional.empty();
  }

  /** Who chaired, said on a line: {@code Councillor Shaw, Convener, presided.}, {@code Mayor Mrakas in the Chair;}. */
  static Optional<String> chair(String t) {
    Matcher presided = PRESIDED.matcher(t);
    if (presided.find()) {
      return Optional.of(presided.group(1) + " (" + (presided.group(2) == null ? "Chair" : presided.group(2)) + ")");
    }
    Matcher chair = IN_THE_CHAIR.matcher(t);
    if (chair.find()) {
      // "The Cathaoirleach, Cllr. H. Kenny, was in the Chair."
      String office = chair.group(1) == null ? "Chair" : chair.group(1);
      return Optional.of(chair.group(2) + (chair.group(2).contains("(") ? "" : " (" + office + ")"));
    }
    return Optional.empty();
  }

  /**
   * The people that sentences starting in the first {@code within} characters say were present:
   * {@code Board members present were Trustee Elton, ..., and Supervisor Liccar. Clerk Buiter was also present.}
   */
  static List<Said> present(String text, int within) {
    List<Said> out = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (from < Math.min(within, text.length())) {
      int to = end.find() ? end.start() : text.length();
      String sentence = text.substring(from, to).strip();
      Matcher m = MEMBERS_PRESENT_WERE.matcher(sentence);
      Matcher w = WERE_PRESENT.matcher(sentence);
      Matcher p = PRESENT_WERE.matcher(sentence);
      if (p.find()) {
        // "Present were: Mayor Jim Humpage, ...", "Also in attendance were: Village Attorney Scott Hawkins, ..."
        out.add(new Said(p.group(2), new AttendanceParser.Section(p.group(1) == null ? "member" : "other", "present")));
      } else {
        String who = m.find() ? m.group(1) : w.find() ? w.group(1) : null;
        if (who != null && !who.contains(":")) {
          out.add(new Said(who, new AttendanceParser.Section("member", "present")));
        } else {
          absent(sentence).ifPresent(a -> out.add(new Said(a, new AttendanceParser.Section("member", "absent"))));
        }
      }
      from = to == text.length() ? to : end.end();
    }
    return out;
  }

  /**
   * The sentence starting on line {@code i}, over the lines of text after it until one ends it with a full
   * stop (not an initial's: "Ms S L" / "Britton, ..."), at most {@link #SENTENCE_LINES}.
   */
  static String sentence(List<Line> body, LineLabel[] labels, int i) {
    StringBuilder sb = new StringBuilder(body.get(i).text());
    for (int j = i + 1; j < body.size() && j < i + SENTENCE_LINES && labels[j] == LineLabel.TEXT
        && !sb.toString().matches("(?s).*" + NOT_A_TITLES_STOP + "\\.\\s*$"); j++) {
      sb.append(' ').append(body.get(j).text());
    }
    return sb.toString();
  }

  /** A full stop ending the text, not an initial's: "Also present were Mayor Jacques M." / "Roy, City Attorney ..." goes on. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("(?<!\\b\\p{Lu})\\.\\s*$");

  /** The sentence starting on line {@code i}, over at most three lines. */
  static String joinSentence(List<Line> body, int i) {
    StringBuilder sb = new StringBuilder(body.get(i).text());
    for (int j = i + 1; j < body.size() && j <= i + 2 && !ENDS_SENTENCE.matcher(sb).find(); j++) {
      if (Lines.upperShare(sb.toString()) >= 0.9 && Lines.upperShare(body.get(j).text()) < 0.5) {
        break; // "APOLOGIES AND LEAVE OF ABSENCE" / "All members were present": a heading, then the sentence under it
      }
      sb.append(' ').append(body.get(j).text());
    }
    return sb.toString();
  }
}
