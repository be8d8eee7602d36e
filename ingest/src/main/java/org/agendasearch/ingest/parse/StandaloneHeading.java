package org.agendasearch.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading on a line of its own, with no number, in minutes whose items are not numbered:
 *
 * <pre>
 * Treasurer's Report                       "Treasurer's Report"
 * Matters Arising From Previous Minutes :  "Matters Arising From Previous Minutes"
 * A.O.C.B,                                 "A.O.C.B"
 * Conflicts of interest                    standing business, in sentence case
 * Acknowledgement of Country                standing business of an Australian council
 * Call to Order:                            standing business of a North American one
 * 12/01/2018 - Exclusion of the Press and Public ref: 302 Recommendations Approved
 *                                          "Exclusion of the Press and Public" (a published decision)
 * </pre>
 *
 * A line that goes on from the line before ("... and the" / "Other Correspondence"), one with
 * figures in it, a label ({@code Secretary}), a sign-off ({@code Respectfully Submitted}), a
 * table's column heads ({@code No. Item}) or a sentence is no heading.
 */
final class StandaloneHeading {

  /** Business every meeting has, recognised in any case. */
  private static final Pattern STANDING = Pattern.compile(
      "(?i)^(?:apologies(?: for absence)?(?: and (?:named )?substitut(?:es|ions))?(?:\\s*(?:/|and|&)\\s*(?:requests? for )?leaves? of absence)?|conflicts? of interests?"
      + "|(?:declarations?|disclosures?) of (?:members'? )?interests?(?: and whipping arrangements)?|public forum"
      + "|public participation|public (?:question|comment)s?|presentations?|confirmation of (?:the )?minutes|minutes of (?:the )?previous meeting"
      + "|matters arising|correspondence|announcements|any other (?:competent )?business|a\\.?o\\.?c?\\.?b\\.?|date of next meeting"
      + "|chair(?:man|person)?['’]?s? report|clerk['’]?s? report|treasurer['’]?s? report|finance|planning|reports?|general business"
      + "|acknowledge?ment of country|welcome to country|opening prayer|prayer|leave of absence|leaves of absence"
      + "|opening of (?:the )?(?:ordinary |special |extraordinary )?(?:council )?meeting"
      + "|statement (?:in relation to|regarding|about) (?:the )?recording of (?:the )?meetings?"
      // North American openings: "Call to Order:", "Agenda Changes:"
      + "|call(?: meeting)? to order|roll call|pledge of allegiance|invocation|agenda changes|(?:approval|adoption) of (?:the )?agenda)$");
  /** ModernGov's list of published decisions: the date, the decision's title, its reference and status. */
  private static final Pattern PUBLISHED = Pattern.compile(
      "^\\d{1,2}/\\d{1,2}/\\d{4}\\s+[-–]\\s+(\\S.{2,150}?)\\s+ref:\\s*\\d+\\b.*$");
  private static final Pattern JOINING_END = Pattern.compile("(?i).*(?:\\b(?:and|of|the|to|in|on|for|by|with|a|an)|,)$");
  private static final int MAX_WORDS = 7;
  /** The sign-off under minutes: {@code Respectfully Submitted}, {@code Signed}, {@code Approved by}. */
  private static final Pattern SIGNATURE = Pattern.compile("(?i)^(?:respectfully\\s+submitted|signed|approved\\s+by|attest|certified\\s+correct)\\b.*");

  private StandaloneHeading() {}

  /** Whether the title is business every meeting has: {@code APOLOGIES}, {@code DISCLOSURES OF INTERESTS}. */
  static boolean standing(String title) {
    return STANDING.matcher(title.strip()).matches();
  }

  /** The title of a published decision's heading line, if it is one. */
  static Optional<String> published(String line) {
    Matcher m = PUBLISHED.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * The heading on {@code line}, between {@code previous} and {@code next} (either may be null);
   * {@code standingOnly} admits only the business every meeting has.
   */
  /** What a heading has under it when it has nothing: {@code None}, {@code Nil}, {@code N/A}. */
  private static final Pattern NOTHING = Pattern.compile("(?i)^(?:none|nil|n/a|none\\s+received|nothing\\s+to\\s+report)$");

  private static final String PERSON_TITLE = "(?:Mayor|Deputy\\s+Mayor|Councill?or|Cllr|Cr|Trustee|Alderman|Commissioner|Mr|Mrs|Ms|Dr)\\.?\\s+";
  /**
   * People by their titles, no heading: a vote's row in columns ({@code Councillor S. Budgell   Councillor D. Howell}) or
   * one person by initials ({@code Councillor M. Wheaton}); "Councillor Reports" stays a heading.
   */
  private static final Pattern PEOPLE = Pattern.compile(
      "^(?:" + PERSON_TITLE + "(?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*){2,}$"
      + "|^" + PERSON_TITLE + "(?:\\p{Lu}\\.\\s*){1,3}\\p{Lu}[\\p{L}'’-]+$");

  /** Whether a line is people by their titles ({@code Councillor S. Budgell   Councillor D. Howell}), not a heading. */
  static boolean people(String line) {
    return PEOPLE.matcher(line.strip()).matches();
  }

  /** Whether a line is a sign-off under minutes ({@code Respectfully Submitted}), not a heading. */
  static boolean signature(String line) {
    return SIGNATURE.matcher(line.strip()).matches();
  }

  static Optional<String> of(String previous, String line, String next, boolean standingOnly) {
    String title = line.strip().replaceFirst("\\s*[:,]$", "").strip();
    String[] words = title.split("\\s+");
    if (title.isEmpty() || words.length > MAX_WORDS || title.chars().anyMatch(Character::isDigit) || title.endsWith(".") && !STANDING.matcher(title).matches()
        || title.chars().filter(Character::isLetter).count() < 4 && !STANDING.matcher(title).matches()) {
      return Optional.empty();
    }
    if (previous != null && JOINING_END.matcher(previous.strip()).matches()
        || next == null || !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
      return Optional.empty();
    }
    if (SIGNATURE.matcher(title).matches() || AgendaTable.isHead(title) || NOTHING.matcher(title).matches() || PEOPLE.matcher(title).matches()
        || MinuteHeadings.RESULT_LINE.matcher(title).matches() || RunInHeading.moverPair(title)) {
      // "WRITTEN COMMUNICATIONS:" / "None": what a heading had under it, no heading of its own
      return Optional.empty();
    }
    if (STANDING.matcher(title).matches()) {
      return Optional.of(title);
    }
    if (standingOnly || RunInHeading.isLabel(title) || HeadingText.of(title) != HeadingText.Strength.STRONG) {
      return Optional.empty();
    }
    return Optional.of(title);
  }
}
