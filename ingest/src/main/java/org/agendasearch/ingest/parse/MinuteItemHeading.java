package org.agendasearch.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered heading line, of a minute or an agenda item, split into its number, its title and
 * what follows the title on the same line:
 *
 * <pre>
 * 57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY        "57", title, ""
 * 4. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 19 - 24)   page reference dropped
 * 36. Schools update RESOLVED – That:                  "36", "Schools update", "RESOLVED – That:"
 * 82/23 Apologies: Cllr. A Edwards sent his apologies. "82/23", "Apologies", "Cllr. A Edwards ..."
 * 24 Any petitions received: "Save our Library!"   the quoted name stays in the title
 * 78/21 Minutes of Previous Meeting: 30 March 2021  so does a date
 * C1850 MINUTES –                                      "C1850", "MINUTES", ""
 * 4. Approval of the payment schedule (Ref 24/92) – Ref 24/107:   the references dropped
 * 3-A 2023-3197 - Historical Advisory Board Draft Meeting Minutes   "3-A", the file's number dropped
 * 6. PETITIONS; .................................... Nil     "PETITIONS;", the dots and what they lead to dropped
 * 84.                                                  the title is on the next line
 * 1.  (then "Moved by: Councillor S. Martin")         a minute with no title
 * </pre>
 *
 * How much the title looks like a heading ({@link HeadingText}) decides, with the numbering of
 * the lines around it ({@link ItemSequence}), whether the line is an item.
 *
 * @param titleOnNextLine the number stood alone and the title is the next line
 * @param closed the title ended with a colon: it does not go on over the next line
 */
record MinuteItemHeading(ItemNumber number, String title, String rest, HeadingText.Strength strength,
    boolean titleOnNextLine, boolean closed) {

  private static final Pattern RESOLVED_INLINE = Pattern.compile("\\s(RESOLVED|Resolved)\\b\\s*(?:[:\\-–—]|that\\b|That\\b).*$");
  private static final Pattern PAGES = Pattern.compile("(?i)\\s*\\(pages?\\s+\\d+(?:\\s*[-–]\\s*\\d+)?\\)\\s*");
  /**
   * A file's reference in a title, left out of it: {@code Approval of the payment schedule (Ref 24/92) – Ref 24/107:}
   * gives "Approval of the payment schedule".
   */
  private static final Pattern REFERENCE = Pattern.compile(
      "\\s*(?:[-–—]\\s*(?=Ref)|\\((?=Ref))(?:Ref|REF)(?:erence)?\\.?\\s*:?\\s*[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*\\)?(?=\\s*(?:[-–—:]|\\(|$))");
  /** A contents line's dots to its page or its "Nil": {@code PETITIONS; ........... Nil}, left out of the title. */
  private static final Pattern DOT_LEADER = Pattern.compile("\\s*(?:\\.\\s?){4,}[^.]*$");
  /** {@code Apologies: Cllr. A Edwards sent his apologies.}: a short title, a colon, then text. */
  private static final Pattern TITLE_COLON = Pattern.compile("^([^:]{3,90}?)\\s*:\\s+(\\S.*)$");
  private static final Pattern TRAILING = Pattern.compile("\\s*[-–—:]+$");
  /** What follows the colon is a name in quotes, part of the title: {@code Any petitions received: "Save our Library!"}. */
  private static final Pattern QUOTED = Pattern.compile("^[\"“‘'][^\"“”]{2,120}[\"”’']\\.?$");
  /**
   * A resolution's number at the right of a heading in capitals: {@code 4 MINUTES 162/17}. A year
   * ({@code BUDGET 2023/24}) is part of the title.
   */
  private static final Pattern TRAILING_REFERENCE = Pattern.compile("(?<=\\p{Lu})\\s+(?!(?:19|20)\\d\\d/)\\d{1,3}/\\d{2}$");

  /**
   * A minute's number alone, its heading lost, then who moved its motion: {@code 1.} / {@code Moved
   * by: Councillor S. Martin} (eScribe minutes whose headings did not survive as text). The minute
   * has no title.
   */
  private static final Pattern UNTITLED_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\.?\\s*$");
  /**
   * A minute's number alone after its word, then the minute's first sentence: {@code Minute No. 67/19} / {@code The minutes of
   * the monthly meeting held on Tuesday, 2nd July 2019 were confirmed ...} (an Irish district's). The minute has no title.
   */
  private static final Pattern MINUTE_NUMBER_ALONE = Pattern.compile("(?i)^\\s*minute\\s+no\\.?\\s*\\S+\\s*$");
  /** A sentence's first words: a capital, then words in lower case; not an agenda's wording, {@code To confirm the minutes ...}. */
  private static final Pattern SENTENCE_OPENS = Pattern.compile("^(?!To\\s)\\p{Lu}\\p{L}*\\s+\\p{Ll}+\\s+\\p{Ll}");

  /**
   * The minute's running number in brackets after the agenda's: {@code 1 (547) PUBLIC FORUM: No member of the public
   * attended}, {@code 6 .(552) REPORT FROM COUNTY COUNCILLOR}; the title follows it.
   */
  private static final Pattern RUNNING_NUMBER = Pattern.compile("^\\.?\\s*\\(\\d{1,4}\\)\\s+(?=\\p{Lu})");

  /**
   * A Legistar file's number after the minute's own, left out of the title: {@code 3-A 2023-3197 - Historical Advisory
   * Board Draft Meeting Minutes}; alone ({@code 4-A 2023-3214}), the title is on the next line.
   */
  /**
   * Mover and seconder by surname and the result, after a resolution's number: {@code C16/372 Tregidga/Leonard CARRIED}
   * (not a bilingual heading, {@code 2 Apologies / Ymddiheuriadau}, which has no result).
   */
  private static final Pattern MOVERS_AND_RESULT = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]+\\s*/\\s*\\p{Lu}[\\p{L}'’-]+\\s+(?i:carried|lost|defeated|passed)(?:\\s+(?i:unanimously))?\\.?$");
  /** A footer's page number and the document's file name: {@code 1 FRED_n1629085_v1_Council_Minutes_-_16_November_2016.doc}. */
  private static final Pattern FILE_NAME = Pattern.compile("^\\S+\\.(?i:docx?|pdf|odt|rtf)$");
  private static final Pattern FILE_NUMBER = Pattern.compile("^(?:19|20)\\d{2}-\\d{3,5}(?:\\s+[-–—](?=\\s)|(?=\\s|$))\\s*");

  static Optional<MinuteItemHeading> parse(String line) {
    return parse(line, null);
  }

  /** Stops and dashes closing a bold title before its text: {@code 236/20 Apologies for Absence.} / {@code Minutes –}. */
  private static final Pattern LEAD_TAIL = Pattern.compile("[\\s.:;,(–—-]+$");

  /**
   * The heading on {@code line}, its title the line's bold opening where the rest is plain: {@code 236/20  Apologies for
   * Absence} (bold) then {@code Apologies for absence were received from Councillor P Roustoby.} on the same line; {@code
   * 140/19  MINUTES of the LAST MEETING} (bold) then {@code i) The Minutes of the last meeting ...}.
   */
  static Optional<MinuteItemHeading> parse(Line line, String next) {
    Optional<MinuteItemHeading> h = parse(line.text(), next);
    String text = line.text();
    if (h.isEmpty() || line.boldLead() == 0 || !text.endsWith(h.get().number().rest())) {
      return h;
    }
    int titleAt = text.length() - h.get().number().rest().length();
    if (line.boldLead() <= titleAt) {
      return h; // only the number is bold
    }
    int at = line.boldLead();
    if (Character.isLetterOrDigit(text.charAt(at - 1)) && Character.isLetter(text.charAt(at))) {
      return h; // the face changes inside a word: "MINUTES of MEETING 11" then a plain "th June 2013 were approved ..."
    }
    String lead = text.substring(titleAt, at).strip();
    String rest = text.substring(at).strip();
    if (lead.endsWith("(") && PART_FIRST.matcher("(" + rest).lookingAt()) {
      // "5. MATTERS ARISING: (" in bold, "a) Parish Benches: ..." plain: the part's bracket is the text's
      lead = lead.substring(0, lead.length() - 1).strip();
      rest = "(" + rest;
    }
    String title = LEAD_TAIL.matcher(lead).replaceFirst("").strip();
    // a bold title closed by its stop or dash ("6.0 Police Report –" / "no officers present ...") ends there; one closed by an
    // opening bracket goes on in lower case inside it ("COURTESY OF THE FLOOR (" / "for public comment ...)"), not with a
    // reference ("Variation of order of business (" / "Agenda item 2)")
    boolean goesOn = lead.endsWith("(") ? Character.isLowerCase(rest.codePointAt(0)) : title.equals(lead) && titleGoesOn(rest);
    if (rest.isEmpty() || HeadingText.of(title) == HeadingText.Strength.NONE) {
      return h;
    }
    if (goesOn) {
      String whole = TRAILING.matcher(text.substring(titleAt).strip()).replaceFirst("");
      return whole.equals(h.get().title()) ? h
          : Optional.of(new MinuteItemHeading(h.get().number(), whole, "", HeadingText.Strength.STRONG, false, true));
    }
    if (title.equals(h.get().title())) {
      return h;
    }
    return Optional.of(new MinuteItemHeading(h.get().number(), title, rest, HeadingText.Strength.STRONG, false, false));
  }

  /** A part's letter or numeral opening the text after a bold title: {@code a) The Clerk advised ...}. */
  private static final Pattern PART_FIRST = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,4})[).]\\s");
  /** Words a heading in another language after the bold one has at the most: {@code Apologies Ngā Whakapāha}. */
  private static final int SECOND_TITLE_WORDS = 8;

  /**
   * The plain text after a bold title is more of the title: a few words going on in lower case ({@code MATTERS ARISING}
   * then {@code from the last MEETING}, not {@code Apologies} then {@code from Sue Smith, Dave Koller, Liz Hamilton}), or
   * the title again in another language ({@code Apologies} then {@code Ngā Whakapāha}, {@code Confirmation and signing of
   * previous minutes} then {@code Cadarnhau a llofnodi cofnodion y cyfarfod diwethaf}): a few words, no English sentence's.
   */
  private static boolean titleGoesOn(String rest) {
    String[] words = rest.split("\\s+");
    // not a note that nothing came under it ("PUBLIC HEARINGS" / "n/a") nor a dated subtitle ("Regular Meeting – 15 October 2008")
    if (words.length > SECOND_TITLE_WORDS || rest.endsWith(".") || NOTHING.matcher(rest).matches() || rest.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (Character.isLowerCase(rest.codePointAt(0))) {
      return !PART_FIRST.matcher(rest).lookingAt() && words.length <= LOWER_TITLE_WORDS && rest.chars().noneMatch(c -> c == ',' || c == ';');
    }
    for (String w : words) {
      if (SENTENCE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return HeadingText.of(words[0]) != HeadingText.Strength.NONE;
  }

  /** A note that nothing came under a heading: {@code n/a}, {@code Nil}, {@code None.}. */
  private static final Pattern NOTHING = Pattern.compile("(?i)[-–—:]?\\s*(?:n/a|nil|none)\\.?");
  /** Words a title going on in lower case after its bold part has at the most. */
  private static final int LOWER_TITLE_WORDS = 6;
  /** English words that make the text after a bold title a sentence, not the title in another language. */
  private static final java.util.Set<String> SENTENCE_WORDS = java.util.Set.of("the", "was", "were", "is", "are", "has", "had",
      "have", "from", "gave", "to", "and", "for", "with", "by", "that", "been", "be", "on", "in", "at", "this", "it", "no", "not",
      "there", "received", "reported", "noted", "agreed", "none", "nil");

  /** The heading on {@code line}; {@code next} is the line after it, for a number alone. */
  static Optional<MinuteItemHeading> parse(String line, String next) {
    Optional<ItemNumber> n = ItemNumber.parse(line);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String body = FILE_NUMBER.matcher(RUNNING_NUMBER.matcher(n.get().rest()).replaceFirst("")).replaceFirst("");
    if (body.endsWith(" " + n.get().number())) {
      // "330 THE INVERCLYDE COUNCIL - 18 FEBRUARY 1999 330": the number printed in both margins
      body = body.substring(0, body.length() - n.get().number().length()).strip();
    }
    if (MOVERS_AND_RESULT.matcher(body).matches() || FILE_NAME.matcher(body).matches()) {
      return Optional.empty(); // "C16/372   Tregidga/Leonard   CARRIED": a resolution's number, movers and result
    }
    boolean onNext = false;
    if (body.isEmpty()) {
      if (next != null && (UNTITLED_NUMBER.matcher(line).matches()
          && DecisionStart.at(next).filter(d -> d.kind() == DecisionStart.Kind.MOVED).isPresent()
          || MINUTE_NUMBER_ALONE.matcher(line).matches() && SENTENCE_OPENS.matcher(next).lookingAt())) {
        return Optional.of(new MinuteItemHeading(n.get(), "", "", HeadingText.Strength.SHORT, false, true));
      }
      if (next == null || ItemNumber.parse(next).isPresent() || DecisionStart.at(next).isPresent()) {
        return Optional.empty();
      }
      body = next;
      onNext = true;
    }
    String rest = "";
    Matcher r = RESOLVED_INLINE.matcher(body);
    if (r.find()) {
      rest = body.substring(r.start()).strip();
      body = body.substring(0, r.start());
    } else {
      Matcher c = TITLE_COLON.matcher(body);
      // "a) Minutes of the last meeting : Approved by ...": a part's letter is no word of the title
      if (c.matches() && HeadingText.of(c.group(1).replaceFirst("^\\(?[a-z]\\)\\s+", "")).compareTo(HeadingText.Strength.SHORT) >= 0
          && (HeadingText.of(c.group(2)) != HeadingText.Strength.STRONG || DecisionStart.at(c.group(2)).isPresent() // ": Approved by ..."
              || AttendanceParser.isLabel(c.group(1)) // "Members present by video link: Cllr Mr S Bailey (Chair), ..."
              // "4. Minutes: Minutes for the Annual General Meeting held on 15th April 2015 agreed as": a sentence, however capitalised
              || prose(c.group(2))
              || Lines.upperShare(c.group(1)) >= 0.75 && Lines.upperShare(c.group(2)) < 0.5) // "RECEIVE APOLOGIES: Councillors Ann Thomas, ..."
          && !(Lines.upperShare(c.group(1)) >= 0.75 && Lines.upperShare(c.group(2)) >= 0.75)
          && !c.group(1).matches("(?i).*\\b(?:at|on|by|from|to|date|time|tel|email|re|regarding)$")
          && !QUOTED.matcher(c.group(2)).matches() && !dateOnly(c.group(2))) {
        body = c.group(1).replaceFirst("^\\(?[a-z]\\)\\s+", "");
        rest = c.group(2).strip();
      }
    }
    String cleaned = REFERENCE.matcher(PAGES.matcher(DOT_LEADER.matcher(body).replaceFirst("")).replaceAll(" ")).replaceAll("").strip();
    if (rest.isEmpty()) {
      TitleSplit split = TitleSplit.ofMinute(cleaned);
      cleaned = split.title();
      rest = split.rest();
    }
    boolean closed = rest.isEmpty() && cleaned.endsWith(":");
    String title = TRAILING.matcher(cleaned).replaceFirst("").strip();
    if (Lines.upperShare(title) >= 0.75) {
      title = TRAILING_REFERENCE.matcher(title).replaceFirst("");
    }
    HeadingText.Strength strength = HeadingText.of(title);
    if (strength == HeadingText.Strength.NONE) {
      return Optional.empty();
    }
    return Optional.of(new MinuteItemHeading(n.get(), title, rest, strength, onNext, closed));
  }

  /** Words after a heading's colon that are more than a title's: the minute's first sentence. */
  private static final int PROSE_WORDS = 9;

  /**
   * Words after a colon that are a sentence: many, and two or more of them in lower case that a title would capitalise
   * ({@code Minutes for the Annual General Meeting held on 15th April 2015 agreed as}), not a title in title case
   * ({@code Fee Schedule and Agreement to Meet Costs of Development, Tree Cutting, and Appeal}) nor a list of names.
   */
  private static boolean prose(String words) {
    String[] w = words.strip().split("\\s+");
    if (w.length < PROSE_WORDS) {
      return false;
    }
    int lower = 0;
    for (String word : w) {
      if (Character.isLowerCase(word.charAt(0)) && !TitleSplit.MINOR.contains(word)) {
        lower++;
      }
    }
    return lower >= 2;
  }

  /** The rest after a colon is only a date, part of the title: {@code Minutes of Previous Meeting: 30 March 2021}. */
  private static boolean dateOnly(String rest) {
    return rest.split("\\s+").length <= 4 && Dates.find(rest).isPresent() && !rest.matches(".*\\p{Ll}{3,}\\s+\\p{Ll}.*");
  }

  /** A line that carries on a wrapped heading: all capitals and not itself numbered. */
  static boolean continuesTitle(String line) {
    return Lines.upperShare(line) >= 0.9 && line.length() >= 3 && ItemNumber.parse(line).isEmpty()
        && !ResolutionParser.startsResolution(line) && line.chars().anyMatch(Character::isLetter)
        && !OPENS_BUSINESS.matcher(line).lookingAt();
  }

  /** A line in capitals that opens business of its own, not a title's wrap: {@code CALL TO ORDER INFORMAL OPEN FORUM}. */
  private static final Pattern OPENS_BUSINESS = Pattern.compile(
      "^(?:CALL\\s+TO\\s+ORDER|ROLL\\s+CALL|PLEDGE\\s+OF\\s+ALLEGIANCE|INVOCATION|ADJOURNMENT|ADJOURN\\b|APOLOGIES|PRESENT\\b"
      // a motion's number under the heading: "2. APPROVAL OF AGENDA" / "MOTION # 2018-0171"
      + "|(?:MOTION|RESOLUTION)\\s*(?:#|NO\\.?)?\\s*\\d)");
}
