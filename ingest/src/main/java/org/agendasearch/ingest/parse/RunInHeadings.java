package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Minutes whose items are headed by run-in headings ({@link RunInHeading}: {@code APOLOGIES: Nil}, {@code Police
 * Matters : ...}) or by headings on lines of their own among standing business ({@link StandaloneHeading}), rather than
 * numbered; and numbered parts that are minutes among them. A part of {@link MinuteSegmenter}'s reading, beside
 * {@link MinuteHeadings}.
 */
final class RunInHeadings {

  private RunInHeadings() {}

  /** A label of who attended: {@code Cathaoirleach}, {@code Members}, {@code Officials}, {@code Guests}, {@code In attendance}. */
  private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
      "(?i)(?:cathaoirleach|chair(?:man|person)?|mayor|members(?:\\s+present)?|councill?ors(?:\\s+present)?|officials|officers(?:\\s+present)?"
      + "|guests|staff(?:\\s+present)?|(?:also\\s+)?present|(?:also\\s+)?in\\s+attendance|visitors)");

  /**
   * Whether the numbered minutes are one run of an item's parts from its first ({@code (4-A)}, {@code (4-B)}, ...) set
   * below the run-in headings ({@code CONVENE: 7:10 p.m.}, {@code MINUTES:}, {@code REGULAR AGENDA:}): minutes of their
   * own among them, not a list inside one.
   */
  static boolean partsUnderRunIn(List<ItemSequence.Candidate> chosen, TreeMap<Integer, TitleSplit> runIn) {
    if (chosen.size() < 2 || chosen.get(0).line() < runIn.firstKey() || chosen.get(0).number().ordinal() != 1) {
      return false;
    }
    String family = chosen.get(0).number().family();
    for (int k = 0; k < chosen.size(); k++) {
      ItemNumber n = chosen.get(k).number();
      if (n.scheme() != ItemNumber.Scheme.DOTTED || !n.family().equals(family) || n.ordinal() != k + 1 || !n.number().contains("-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Run-in headings ({@link RunInHeading}) of minutes whose items are not numbered: three or more
   * of them, where the numbered lines, if any, are sentences of lists rather than headings.
   */
  static TreeMap<Integer, TitleSplit> runInHeadings(List<Line> body, LineLabel[] labels,
      List<ItemSequence.Candidate> chosen) {
    TreeMap<Integer, TitleSplit> found = new TreeMap<>();
    long strong = chosen.stream().filter(c -> c.strength() == HeadingText.Strength.STRONG).count();
    boolean numberedHeadings = strong * 2 > chosen.size();
    if (numberedHeadings) {
      return found;
    }
    int end = closing(body);
    for (int i = MinuteHeadings.openingEnd(body, labels); i < end; i++) {
      if (labels[i] == LineLabel.TEXT || labels[i] == LineLabel.MINUTES_TITLE && i > 0 || labels[i] == LineLabel.DECISION) {
        final int line = i;
        // "Minutes: The Minutes of the meeting held on ... were agreed": a heading run in with a decision
        RunInHeading.of(body.get(i).text()).filter(h -> labels[line] != LineLabel.DECISION || h.rest().isEmpty()
                || DecisionStart.at(h.title()).isEmpty() && DecisionStart.at(h.rest()).isPresent())
            .filter(h -> RunInHeading.fitsContext(body, line, h))
            .ifPresent(h -> found.put(line, h));
      }
    }
    int firstNumbered = chosen.stream().mapToInt(ItemSequence.Candidate::line).min().orElse(Integer.MAX_VALUE);
    if (found.size() >= MIN_RUN_IN && chosen.size() >= MIN_RUN_IN && firstNumbered < found.firstKey()) {
      // "14.40 Appointment of Representatives" / "Village Hall liaison – Mary Button" / ...: a list inside
      // a numbered minute, the numbered lines the headings; run-in headings come before any number.
      return new TreeMap<>();
    }
    if (!found.isEmpty() && chosen.size() >= 2 && found.lastKey() < firstNumbered
        && found.values().stream().anyMatch(h -> WHO.matcher(h.title()).matches())) {
      // "Cathaoirleach: Cllr. C. Markey" / "Officials: J. McGuinness, ..." / "Apologies: none" / "Minute No. 81/15": labels of
      // who attended, above the numbered minutes, are the opening's, not minutes
      return new TreeMap<>();
    }
    // "APOLOGIES: Nil" / "DISCLOSURES OF INTERESTS:": two run in headings of standing business are enough
    if (found.size() >= MIN_RUN_IN || found.size() >= 2 && found.values().stream().allMatch(h -> StandaloneHeading.standing(h.title()))) {
      found.putAll(standalone(body, labels, end, false, found.keySet()));
      return MinuteHeadings.joinWrapped(body, found);
    }
    TreeMap<Integer, TitleSplit> published = new TreeMap<>();
    for (int i = 0; i < body.size() && chosen.isEmpty(); i++) {
      final int line = i;
      StandaloneHeading.published(body.get(i).text()).ifPresent(t -> published.put(line, new TitleSplit(t, "")));
    }
    if (!published.isEmpty()) {
      return published;
    }
    TreeMap<Integer, TitleSplit> standing = chosen.isEmpty() ? standalone(body, labels, end, true, java.util.Set.of()) : new TreeMap<>();
    // "OPENING PRAYER" and "declarations of interest" make the other headings in capitals on lines of their own minutes
    // too ("ABORIGINAL RECOGNITION", "AUDIO RECORDING OF COUNCIL MEETING"; not a name "MARTIN," wrapped from a sentence)
    if (standing.size() < MIN_STANDING) {
      return new TreeMap<>();
    }
    TreeMap<Integer, TitleSplit> all = standalone(body, labels, end, false, java.util.Set.of());
    all.entrySet().removeIf(e -> !StandaloneHeading.standing(e.getValue().title())
        && (Lines.upperShare(e.getValue().title()) < MinuteHeadings.CAPITALS || body.get(e.getKey()).text().strip().endsWith(",")));
    return MinuteHeadings.joinWrapped(body, all);
  }

  /** Headings on lines of their own ({@link StandaloneHeading}) among the lines that are plain text. */
  private static TreeMap<Integer, TitleSplit> standalone(List<Line> body, LineLabel[] labels, int end, boolean standingOnly,
      java.util.Set<Integer> taken) {
    TreeMap<Integer, TitleSplit> out = new TreeMap<>();
    boolean attendance = false;
    boolean listed = false;
    for (int i = MinuteHeadings.openingEnd(body, labels); i < end; i++) {
      // "Motion to approve the consent agenda including the following:" / "Claims" / "Meal Vouchers": what it lists, no headings
      String stripped = body.get(i).text().strip();
      boolean entry = listed && stripped.split("\\s+").length <= LIST_ENTRY_WORDS && !stripped.endsWith(".");
      listed = FOLLOWING.matcher(stripped).find() || entry;
      if (entry) {
        continue;
      }
      // "Present:" then "Rochelle Porteous Mayor" / "Pauline Lockie Deputy Mayor": the list's rows, no headings
      // until business ("Apologies", "Conflicts of interest") or a sentence
      String text = body.get(i).text();
      // a heading in capitals of two words or more ends the list too ("NATIONAL ANTHEM" under "Councillors Berman, ...")
      attendance = labels[i] == LineLabel.ATTENDANCE || attendance && labels[i] == LineLabel.TEXT && !taken.contains(i)
          && !StandaloneHeading.standing(text.replaceFirst("\\s*[:,]$", "")) && !(text.endsWith(".") && text.split("\\s+").length >= 6)
          && !(Lines.upperShare(text) >= 0.9 && text.split("\\s+").length >= 2 && text.indexOf(',') < 0);
      // "Confirmation of Minutes" reads as a title of minutes; among the business it is an item's heading
      boolean business = labels[i] == LineLabel.MINUTES_TITLE && i > 0 && StandaloneHeading.standing(text);
      if (labels[i] != LineLabel.TEXT && !business || taken.contains(i) || attendance) {
        continue;
      }
      int p = MinuteHeadings.previous(labels, i);
      int n = MinuteHeadings.next(labels, i);
      final int line = i;
      StandaloneHeading.of(p >= 0 ? body.get(p).text() : null, body.get(i).text(), n < body.size() ? body.get(n).text() : null,
          standingOnly).ifPresent(t -> out.put(line, new TitleSplit(t, "")));
    }
    return out;
  }

  /** The line where the meeting is said to close ({@code The Meeting closed at 8.50 pm}), or the end: the signatures follow. */
  private static int closing(List<Line> body) {
    for (int i = 0; i < body.size(); i++) {
      if (CLOSED.matcher(body.get(i).text()).lookingAt()) {
        return i;
      }
    }
    return body.size();
  }

  private static final Pattern CLOSED = Pattern.compile("(?i)^(?:the\\s+)?meeting\\s+(?:was\\s+)?(?:closed|ended|finished|concluded|adjourned)\\b");
  private static final int MIN_STANDING = 2;
  /** A line that announces a list below it: {@code ... including the following:}, {@code ... as follows:}. */
  private static final Pattern FOLLOWING = Pattern.compile("(?i)\\b(?:the\\s+following|as\\s+follows)\\s*:$");
  private static final int LIST_ENTRY_WORDS = 6;

  private static final int MIN_RUN_IN = 3;
}
