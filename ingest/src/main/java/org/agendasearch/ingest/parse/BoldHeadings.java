package org.agendasearch.ingest.parse;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Headings that only a bold face marks, on lines of their own, in minutes whose headings are not numbered:
 *
 * <pre>
 * <b>Declarations of Interest</b>                                "Declarations of Interest"
 * There were no declarations of interest.
 * <b>Unit 7 Oxford Technology Park Technology Drive Kidlington</b>  "Unit 7 Oxford Technology Park ..." (figures and all)
 * The Committee considered application 22/01683/F ...
 * </pre>
 *
 * Three such lines at least, fewer than two of them numbered ({@code 1. Apologies} in bold is a numbered heading), and most of the minutes' lines plain (a document printed all in bold says nothing by it).
 * Not headings: a line of the opening, a sentence ({@code Members noted the report.}), a decision's word ({@code
 * RESOLVED:}, {@code And Agreed}), people ({@code Councillor S. Budgell}, {@code Cllr. Joe Sullivan 5}), a table's column
 * heads, a sign-off, a date alone, a line with a time of day, one word that is not standing business ({@code Others}), and
 * three bold lines or more in a row (a list or a table in bold). A bold line that ends in a joining word ({@code Report
 * of the}) goes on in the bold line below it.
 */
final class BoldHeadings {

  private BoldHeadings() {}

  /** The fewest bold headings that make a document's headings bold ones. */
  private static final int MIN_HEADINGS = 3;
  private static final int MAX_WORDS = 14;
  /** Bold lines in a row that are a list or a table in bold, not headings. */
  private static final int RUN = 3;
  /** A decision's word, bold in many minutes, which opens a decision, not a minute ({@code 90-12 MOTION: Stephens and Taylor}). */
  private static final Pattern DECISION_WORD = Pattern.compile(
      "(?i)^(?:\\d{1,4}[/-]\\d{2,4}\\s+(?=motion\\b))?(?:and\\s+)?(?:(?:it\\s+was|unanimously)\\s+)?(?:resolved|agreed|decision|decided|carried|motion|moved|seconded|proposed|recommended|recommendation)\\b(?!\\s+(?:pre-|site|changes))");
  /** A table's column heads in bold: {@code Note No. Item}, {@code Minute Subject Action}. */
  private static final Pattern COLUMN_HEADS = Pattern.compile(
      "(?i)^(?:(?:no\\.?|number|res|item|note|subject|title|minute|ref\\.?|reference|action|by|whom|decision|page|agenda|time|description)\\s*)+$");
  /** One person by title and name, bold in a list or a vote: {@code Councillor Hopkinson}, {@code Cllr. Joe Sullivan 5}. */
  private static final Pattern PERSON = Pattern.compile(
      "^(?:Councill?or|Cllr|Cr|Mayor|Alderman|Trustee|Commissioner|Director|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3}(?:\\d+)?$");
  /** A time of day, as a title block's line has ({@code MINUTES - Standards Committee 20030521 19:30}) and a heading seldom. */
  private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\b|$)|\\d{8}");
  /** A running head's page number at the end of a line: {@code A Meeting of Council 54}. */
  private static final Pattern PAGE_AT_END = Pattern.compile("\\s\\d{1,4}$");
  /**
   * A number set off as an item's ({@code 1. Election}, {@code Item No. 1.}, {@code ITEM 1}, {@code 30.17.18 APOLOGIES}),
   * not the figures of a title ({@code 60 Bicester Road}).
   */
  static final Pattern MARKED_NUMBER = Pattern.compile("(?i)^(?:(?:item|minute|min)\\.?\\s*(?:no\\.?\\s*)?\\d|\\(?\\d+[.):]|\\d+/\\d)");
  /** Business named in one word, a heading alone in bold ({@code Minutes}, {@code Summons}); not {@code Others} or {@code Business}. */
  private static final Pattern ONE_WORD = Pattern.compile(
      "(?i)minutes|summons|adjournment|closure|accounts|payments|highways|allotments|housing|footpaths|cemetery|grants|budget|precept");
  /** A decision's or attendance's words inside a bold line: {@code Resolution #16-01-2021, Moved by J. Mielhausen}, {@code Also in Attendance}. */
  private static final Pattern NOT_A_TITLE = Pattern.compile(
      "(?i)\\b(?:moved|seconded|proposed)\\s+by\\b|^resolution\\s*(?:#|no)|^(?:issues?|reasons?)\\s+for\\s+(?:the\\s+)?decision|^(?:also\\s+)?(?:present|in\\s+attendance|absent)\\b");
  private static final Pattern JOINING_END = Pattern.compile("(?i).*(?:\\b(?:and|of|the|to|in|on|for|by|with|a|an)|[,&–-])$");

  /**
   * The bold headings of {@code body} from {@code from} to {@code to}, by line, each with its whole title; empty when there
   * are fewer than {@link #MIN_HEADINGS} or the document is mostly bold.
   */
  static TreeMap<Integer, TitleSplit> find(List<Line> body, LineLabel[] labels, int from, int to) {
    TreeMap<Integer, TitleSplit> out = new TreeMap<>();
    int bold = 0;
    for (Line line : body) {
      bold += line.bold() ? 1 : 0;
    }
    if (bold < MIN_HEADINGS || bold * 3 > body.size() * 2) {
      return out;
    }
    boolean titleBlock = false;
    for (int i = from; i < to; i++) {
      // "MINUTES OF THE ORDINARY MEETING OF THE MASTERTON DISTRICT" / "COUNCIL HELD IN THE FRANK CODY LOUNGE, ...": the
      // title's bold lines go on under it
      titleBlock = body.get(i).bold() && (labels[i] == LineLabel.MINUTES_TITLE || labels[i] == LineLabel.AGENDA_TITLE
          || titleBlock && labels[i] == LineLabel.TEXT);
      if (titleBlock || !candidate(body, labels, i) || inRun(body, labels, i)) {
        continue;
      }
      String title = title(body.get(i).text());
      Integer above = out.lowerKey(i);
      if (above != null && above == i - 1 && (JOINING_END.matcher(out.get(above).title()).matches() || Character.isLowerCase(title.codePointAt(0)))) {
        out.put(above, new TitleSplit(out.get(above).title() + " " + title, ""));
        continue;
      }
      out.put(i, new TitleSplit(title, ""));
    }
    long numbered = out.values().stream().filter(h -> MARKED_NUMBER.matcher(h.title()).lookingAt()).count();
    // "30.17.18 APOLOGIES FOR ABSENCE" / "31.17.18 DECLARATIONS ...": numbered headings that happen to be bold
    return out.size() >= MIN_HEADINGS && numbered < 2 ? out : new TreeMap<>();
  }

  private static String title(String text) {
    return text.strip().replaceFirst("\\s*:$", "").strip();
  }

  /** Whether line {@code i} is bold and could be a heading by its words. */
  private static boolean candidate(List<Line> body, LineLabel[] labels, int i) {
    Line line = body.get(i);
    if (!line.bold() || !(labels[i] == LineLabel.TEXT || labels[i] == LineLabel.NUMBERED || labels[i] == LineLabel.DECISION)) {
      return false;
    }
    String t = title(line.text());
    String[] words = t.split("\\s+");
    return !t.isEmpty() && words.length <= MAX_WORDS && (words.length >= 2 || StandaloneHeading.standing(t) || ONE_WORD.matcher(t).matches())
        && !PERSON.matcher(t).matches() && !TIME.matcher(t).find() && !PAGE_AT_END.matcher(t).find() && !NOT_A_TITLE.matcher(t).find() && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";")
        && t.chars().filter(Character::isLetter).count() >= 4 && !DECISION_WORD.matcher(t).lookingAt()
        && !StandaloneHeading.people(t) && !StandaloneHeading.signature(t) && !AgendaTable.isHead(t) && !COLUMN_HEADS.matcher(t).matches()
        && !MinuteHeadings.RESULT_LINE.matcher(t).matches() && Dates.find(t).isEmpty();
  }

  /** Whether line {@code i} is one of {@link #RUN} bold lines or more in a row that could each be a heading. */
  private static boolean inRun(List<Line> body, LineLabel[] labels, int i) {
    int first = i;
    while (first > 0 && candidate(body, labels, first - 1)) {
      first--;
    }
    int last = i;
    while (last + 1 < body.size() && candidate(body, labels, last + 1)) {
      last++;
    }
    return last - first + 1 >= RUN;
  }
}
