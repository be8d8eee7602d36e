package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading run in at the start of a paragraph, with no number: the form of minutes that have
 * no numbered items.
 *
 * <pre>
 * Police Matters : Report circulated to members .        "Police Matters", then its text
 * Highway Commissioner – See Attached Report from ...    "Highway Commissioner"
 * CORRESPONDENCE –                                       "CORRESPONDENCE", nothing after it
 * APPROVAL OF MINUTES:                                   "APPROVAL OF MINUTES", its text below
 * </pre>
 *
 * Attendance and vote labels ({@code Present:}, {@code In Attendance:}, {@code Motion:},
 * {@code Seconded:}, {@code For Motion: Crs Byrne, ...}), a post with the names of who held it ({@code County Manager:
 * Jackie Maguire}, {@code REEVE: David Turchyn}, {@code Officials in Attendance:}), a person and the post they hold ({@code Janet Jankura – Chairperson}) and a label with nothing after it in ordinary case ({@code Proponents:})
 * are not headings.
 */
final class RunInHeading {

  private static final Pattern RUN_IN = Pattern.compile("^(\\p{Lu}[\\p{L}’'&/ ]{1,60}?)\\s*(?:[–—]|\\s-|:)\\s*(.*)$");
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(?:present|in\\s+attendance|also\\s+present|also\\s+in\\s+attendance|further\\s+discussion|attendance|members|councillors|chair(?:man|person)?|secretary|treasurer"
      + "|clerk\\s+to|minute\\s+taker|date|time|venue|place|location|motion|moved|seconded|second|proposed|result|ayes?|nays?|yea"
      + "|yeas|noes|abstain|absent|roll\\s+call|staff|officers|apologies\\s+from|contact|tel|email|note|notes|action"
      + "|proponents|opponents|neutral|opposed|purpose|decision|reasons?|background|(?:for|against)\\s+(?:the\\s+)?motion"
      // a vote's rows: "Voting AYE: Updike Pogue and Yelk" / "Voting Nay: none"
      // (not an officer's report: "SECRETARY'S REPORT - Secretary Hastings presented ...", "Chairman's Report")
      + "|guests|as\\s+required|mover|seconder|in\\s+favou?r|abstaining|attendees|attending|voting\\s+(?:ayes?|yeas?|nays?|noes|no))\\b(?!['’]s\\b).*"
      // a minute's fields in a table: "Status: Noted", "Business: ...", "Duration: Start - 8.04pm"
      // a Texas commissioners' court's vote and its papers: "Aye: County Judge Dan A. Gattis", "Other: ...", "Attachments:"
      + "|(?i)^(?:status|business|duration|start|end|others|other|attachments?)$"
      // an iQM2 vote's rows: "FOR: Scott, Allen, Balsom", "AGAINST: Peddle"
      + "|(?i)^(?:for|against|abstentions?|excused|recused)$");
  private static final int MAX_WORDS = 7;
  /** {@code Trustee Albrecht – yes, Trustee Hawkins – yes}: a roll call's votes, not a heading. */
  private static final Pattern VOTE = Pattern.compile("(?i)(?:yes|no|aye|nay|yea|absent|abstain(?:ed)?)\\b");

  /** A post or a group of officers: {@code County Manager}, {@code Directors of Service}, {@code Officials in Attendance}. */
  private static final Pattern POST = Pattern.compile(
      "(?i).*\\b(?:managers?|directors?|officers?|officials?|administrators?|staff|engineers?|planners?|executives?|attendance)\\b.*");
  /** Names after a post's label: {@code Tadhg McDonnell, Kevin Stewart, Fiona Lawless, Des Foley. Joe}. */
  private static final Pattern NAMES = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*[,.&]\\s*|\\s+and\\s+|$))+$");

  /** A person's name: {@code Janet Jankura}, {@code Jeff A. Shupe}. */
  private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}[\\p{L}'’-]+$");
  /** The post a person named before it holds: {@code Janet Jankura – Chairperson}, {@code Jeff Shupe - Vice Chairperson}. */
  private static final Pattern HELD_POST = Pattern.compile(
      "(?i)(?:vice[\\s-]+|deputy\\s+|acting\\s+)?(?:chair(?:man|woman|person)?|mayor|reeve|president|clerk|treasurer|secretary)\\.?");

  private RunInHeading() {}

  /** Whether the words are an attendance, vote or signature label ({@code Present}, {@code Secretary}), not a heading. */
  static boolean isLabel(String title) {
    return LABEL.matcher(title).matches();
  }

  static Optional<TitleSplit> of(String line) {
    Matcher m = RUN_IN.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String title = m.group(1).strip();
    String rest = m.group(2).strip();
    if (title.split("\\s+").length > MAX_WORDS || LABEL.matcher(title).matches() || VOTE.matcher(rest).lookingAt()
        || (POST.matcher(title).matches() || HELD_POST.matcher(title).matches()) && (rest.isEmpty() || NAMES.matcher(rest).matches())
        || PERSON.matcher(title).matches() && HELD_POST.matcher(rest).matches()
        || HeadingText.of(title) != HeadingText.Strength.STRONG
        || colonLabel(line, title, rest) && !HeadingText.titleCase(title.split("\\s+"))) {
      return Optional.empty();
    }
    return Optional.of(new TitleSplit(title, rest));
  }

  /**
   * Whether a run-in heading found on {@code body[line]} stands where a heading can: not a ModernGov
   * page's {@code Minutes:} label ({@link #minutesUnderDecision}), not a line going on from the one
   * above ({@link #midParagraph}).
   */
  static boolean fitsContext(List<Line> body, int line, TitleSplit h) {
    return !minutesUnderDecision(body, line, h) && !midParagraph(body, line) && !moversOverMotion(body, line)
        && (!colonLabel(body.get(line).text(), h.title(), h.rest()) || labelOverProse(body, line));
  }

  /**
   * A label not in capitals ending in a colon with nothing after it: {@code Calling To Order:}, {@code Proponents:}; one in
   * title case is a heading only over what it heads ({@link #labelOverProse}), any other none.
   */
  private static boolean colonLabel(String line, String title, String rest) {
    return rest.isEmpty() && line.strip().endsWith(":") && Lines.upperShare(title) < 0.9;
  }

  /**
   * Whether a heading in title case ending in a colon heads what is below it, as a minute's heading does: {@code Calling To
   * Order:} / {@code Mayor Greene called this meeting to order at 7:30 pm.}. Not a post over the name of who holds it
   * ({@code Fire Chief:} / {@code Barry Lavers}) or one of a column of labels ({@code Mayor:} / {@code Trustees:}), a
   * decision's label ({@code And Resolved:}), nor a label under a heading in capitals ({@code ABORIGINAL RECOGNITION} / {@code Statement by the Chairman:} / the statement).
   */
  static boolean labelOverProse(List<Line> body, int line) {
    if (line + 1 >= body.size() || DecisionStart.at(body.get(line).text()).isPresent()) {
      return false;
    }
    if (line > 0 && Lines.upperShare(body.get(line - 1).text()) >= 0.9 && HeadingText.of(body.get(line - 1).text()) == HeadingText.Strength.STRONG) {
      return false;
    }
    String next = body.get(line + 1).text().strip();
    return !NAMES.matcher(next).matches() && !(next.endsWith(":") && HeadingText.titleCase(next.split("\\s+")));
  }

  /** Two surnames in capitals parted by a dash: {@code KEY - SPRINGER}, mover and seconder. */
  private static final Pattern MOVER_PAIR = Pattern.compile("^\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?\\s+[-–]\\s+\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?$");

  /** Whether a line is two surnames in capitals parted by a dash ({@code KEY - SPRINGER}): mover and seconder, no heading. */
  static boolean moverPair(String line) {
    return MOVER_PAIR.matcher(line.strip()).matches();
  }

  /** A mover and seconder over the motion they made: {@code KEY - SPRINGER} / {@code Motion to approve the agenda.} */
  private static boolean moversOverMotion(List<Line> body, int line) {
    return line + 1 < body.size() && moverPair(body.get(line).text())
        && DecisionStart.at(body.get(line + 1).text()).isPresent();
  }

  private static final Pattern DECISION_LABEL = Pattern.compile("^Decision\\s*:.*");
  private static final int LABEL_REACH = 6;

  /**
   * A ModernGov page's {@code Minutes:} a few lines under the item's {@code Decision:} (the label of
   * what the minutes say, as {@code Decision:} labels what was decided), not a heading:
   * {@code Decision: No declarations of interest were made at the meeting.} / {@code Minutes: No
   * declarations of interest were made at the meeting.}
   */
  private static boolean minutesUnderDecision(List<Line> body, int line, TitleSplit h) {
    if (!h.title().equals("Minutes")) {
      return false;
    }
    for (int j = line - 1; j >= 0 && j >= line - LABEL_REACH; j--) {
      if (DECISION_LABEL.matcher(body.get(j).text()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern GOES_ON = Pattern.compile(".*(?:[,&]|\\b(?:and|or|of|the|to|for|with|Manager|Director|Officer))$");
  private static final int PARAGRAPH_WORDS = 10;

  /**
   * A line that goes on from a long line above it, not a heading run in: {@code Chief Executive Officer – Julie
   * Reitano,} / {@code Coordinator Corporate Communications – Jane Frith, and Kelly Rogers ...}.
   */
  private static boolean midParagraph(List<Line> body, int line) {
    if (line == 0) {
      return false;
    }
    String above = body.get(line - 1).text().strip();
    return above.split("\\s+").length >= PARAGRAPH_WORDS && GOES_ON.matcher(above).matches();
  }
}
