package org.agendasearch.ingest.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendasearch.ingest.model.Page;

/** Turns pages into clean lines: artefacts of extraction removed, footers dropped. */
final class Lines {

  /** {@code Page 17} alone on a line: the printed pack's footer. */
  private static final Pattern FOOTER = Pattern.compile("(?i)^page\\s+\\d{1,4}$");
  /** The same footer glued to the end of a line by the text flow: {@code CHILDREN, 11 Page 1}. */
  private static final Pattern TRAILING_FOOTER = Pattern.compile("\\s+Page\\s+\\d{1,4}$");
  /** A table flattened into text: {@code |---|---| | 10. ESTABLISHMENT OF ... | To Follow}. */
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|[\\s|:-]*");
  /** A cover-sheet label that the text flow glued after a sentence: {@code successes. Meeting: ...}. */
  private static final Pattern GLUED_LABEL = Pattern.compile(
      "(?<=[.;])\\s+(?=(?:Meeting|Meeting date|Title of report|Report by|Date|Time|Place)\\s*:)");
  /** The second half of a label wrapped after its first word: {@code Meeting} / {@code date:}. */
  private static final Pattern LABEL_TAIL = Pattern.compile("^[a-z]+(?: [a-z]+)?:(?:\\s.*)?$");
  /** Inline HTML left by some renderings: {@code 29<sup>th</sup> September}. */
  private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:sup|sub|b|i|u|p|br|em|strong|span|a)(?:\\s[^>]*)?/?>");
  /** Block boundaries inside one line of an HTML rendering: {@code <p>TITLE</p> <p>To receive ...</p>}. */
  private static final Pattern HTML_BLOCK = Pattern.compile("(?i)</p>\\s*<p>|<br\\s*/?>|\\t+");
  // (a tab on a line with no HTML is a gap between table cells: see cells())
  /** Markdown emphasis and headings left by text renderings: {@code Date: **Monday 2 October 2017**}. */
  private static final Pattern MARKDOWN = Pattern.compile(
      "\\*\\*|__|^#{1,6}\\s+|^-{3,}$|^\\\\|(?<![\\w*])\\*(?=[\\w'\"(])|(?<=[\\w.?!)'\"])\\*(?![\\w*])");
  /**
   * A form's blank, filled in or not: {@code District Council _00_1_ will hold} (the typed "001" read among
   * the blank's strokes) is {@code District Council 001 will hold}; a blank left empty ({@code ___}) goes.
   */
  private static final Pattern FORM_BLANK = Pattern.compile("(?<!\\S)[_\\d]*_[_\\d]*(?=[\\s.,;:]|$)");
  /** A Markdown link: {@code [text](mailto:someone@example.org)} keeps its text. */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)]\\((?:mailto:|https?://)[^)\\s]*\\)");
  /** Private-use glyphs (Wingdings bullets) and other bullets, as one bullet. */
  private static final Pattern BULLET = Pattern.compile("^[\\uE000-\\uF8FF\\u25AA\\u25CF\\u25E6\\u2022\\u2023\\u2043\\u2219\\u00B7o§Ø]\\s+|^[\\uE000-\\uF8FF]");

  private Lines() {}

  /** All non-blank lines of all pages, cleaned, without page footers. */
  static List<Line> of(List<Page> pages) {
    List<Line> lines = new ArrayList<>();
    for (Page page : pages) {
      for (String raw : MarginNumbers.strip(page.text().split("\n"))) {
        int tab = raw.indexOf('\t');
        boolean cells = tab > 0 && raw.indexOf('<') < 0;
        List<String> pieces = pieces(cells ? raw.replace('\t', ' ') : raw);
        boolean bold = pieces.size() == 1 && page.isBold(raw);
        String lead = pieces.size() == 1 && !bold ? page.boldLead(raw) : null;
        for (String text : pieces) {
          Line line = cells && pieces.size() == 1 ? cells(page.number(), raw, text) : new Line(page.number(), text);
          int leadLength = lead == null ? 0 : leadLength(line.text(), lead);
          add(lines, bold || leadLength > 0 ? new Line(line.page(), line.text(), line.cells(), bold, leadLength) : line);
        }
      }
    }
    return StackedNumbers.join(lines);
  }

  /**
   * How many characters of {@code text} its bold opening takes, {@code lead} being that opening without white space; 0
   * when the cleaned text does not open with it (cleaning took a character of it away).
   */
  static int leadLength(String text, String lead) {
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (k >= lead.length() || c != lead.charAt(k)) {
        return 0;
      }
      if (++k == lead.length()) {
        return i + 1 < text.length() ? i + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * A line whose words a wide gap parts into table cells ({@code 02 Disclosable Pecuniary
   * Interests<TAB>Members are reminded ...}): one line, with where its second cell starts.
   */
  private static Line cells(int page, String raw, String text) {
    List<Integer> starts = new ArrayList<>();
    String[] parts = raw.split("\t");
    StringBuilder sofar = new StringBuilder();
    for (int k = 0; k < parts.length; k++) {
      String cell = clean(parts[k]);
      if (cell.isEmpty()) {
        continue;
      }
      if (!sofar.isEmpty()) {
        sofar.append(' ');
        starts.add(sofar.length());
      }
      sofar.append(cell);
    }
    return sofar.toString().equals(text) ? new Line(page, text, starts) : new Line(page, text);
  }

  /** The clean, non-empty lines in one raw line: HTML blocks and table cells apart, footers gone. */
  private static List<String> pieces(String raw) {
    List<String> out = new ArrayList<>(1);
    String[] blocks = raw.indexOf('<') >= 0 || raw.indexOf('\t') >= 0 ? HTML_BLOCK.split(raw) : new String[] {raw};
    for (String block : blocks) {
      for (String part : split(clean(block))) {
        String text = part.contains("Page ") ? TRAILING_FOOTER.matcher(part).replaceFirst("").strip() : part;
        if (!text.isEmpty() && !(text.length() <= 9 && FOOTER.matcher(text).matches())) {
          out.add(text);
        }
      }
    }
    return out;
  }

  /** Adds a line, first joining a label wrapped after its first word ("Title of" / "report:"). */
  private static void add(List<Line> lines, Line line) {
    if (!lines.isEmpty() && line.text().indexOf(':') > 0 && LABEL_TAIL.matcher(line.text()).matches()) {
      Line prev = lines.get(lines.size() - 1);
      if (!prev.text().contains(":") && prev.text().split(" ").length <= 3
          && Character.isUpperCase(prev.text().charAt(0))) {
        lines.set(lines.size() - 1, new Line(prev.page(), prev.text() + " " + line.text()));
        return;
      }
    }
    lines.add(line);
  }

  /**
   * One cleaned line split where the text flow glued separate things together: the cells of a
   * flattened table (two or more {@code |}), or a label after a sentence.
   */
  static List<String> split(String text) {
    if (text.indexOf('|') < 0 && text.indexOf(':') < 0) {
      return text.isEmpty() ? List.of() : List.of(text);
    }
    List<String> parts = new ArrayList<>();
    String[] pieces = text.indexOf('|') != text.lastIndexOf('|') ? CELL_SEPARATOR.split(text) : new String[] {text};
    for (String piece : pieces) {
      // A glued label needs its colon and the full stop or semicolon before it: most lines with a
      // colon ("Date: ...") have no such stop, and skip the pattern (it was 4% of a reindex).
      boolean glued = piece.indexOf(':') >= 0 && (piece.indexOf('.') >= 0 || piece.indexOf(';') >= 0);
      for (String p : glued ? GLUED_LABEL.split(piece) : new String[] {piece}) {
        if (!p.isBlank()) {
          parts.add(p.strip());
        }
      }
    }
    return parts;
  }

  /** A reversed quotation mark a font's wrong mapping prints for an apostrophe: {@code D‟Alton}, {@code O‟Donovan}. */
  private static final Pattern REVERSED_APOSTROPHE = Pattern.compile("(?<=\\p{L})\u201F(?=\\p{L})");

  /**
   * One line cleaned of extraction artefacts: ligatures and full-width forms folded (NFKC),
   * non-breaking and odd spaces made plain, inline HTML tags dropped, a form's blanks dropped
   * ({@link #FORM_BLANK}), private-use bullet glyphs made "•", a reversed apostrophe made plain, runs of white space folded.
   *
   * <p>Example: {@code "\uF0B7  29<sup>th</sup>\u00A0September"} becomes {@code "• 29th September"}.
   */
  static String clean(String raw) {
    // Each pattern runs only when its trigger character is on the line: cleaning was 80% of
    // parse time when every line went through every pattern (measured with JFR).
    String s = isAscii(raw) ? raw : ZERO_WIDTH.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll("");
    }
    if (s.contains("](")) {
      s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
    }
    s = s.strip();
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.startsWith("#") || s.startsWith("-") || s.startsWith("\\")) {
      s = MARKDOWN.matcher(s).replaceAll("");
    }
    if (s.indexOf('_') >= 0) {
      s = FORM_BLANK.matcher(s).replaceAll(m -> m.group().replace("_", ""));
    }
    if (s.indexOf('\u201F') >= 0) {
      s = REVERSED_APOSTROPHE.matcher(s).replaceAll("’");
    }
    s = foldSpaces(s);
    if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '#') && s.indexOf(':') > 0) {
      s = VIDEO_STAMP.matcher(s).replaceFirst("$1");
    }
    if (!s.isEmpty() && (s.charAt(0) > 0x7F || s.charAt(0) == 'o' || s.charAt(0) == '§')) {
      s = BULLET.matcher(s).replaceFirst("• ");
    }
    return SpacedLetters.join(foldSpaces(s));
  }

  /**
   * The video's time stamp a Granicus clerk prints at a line's start, after its number if any: {@code 7:21:45 PM OPENING
   * CEREMONY}, {@code #1. 7:21:56 PM The Council led the Pledge of Allegiance.} (hours, minutes and seconds).
   */
  private static final Pattern VIDEO_STAMP = Pattern.compile("^((?:#?\\d{1,3}\\.\\s+)?)\\d{1,2}:\\d{2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?\\s+(?=\\S)");

  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** Runs of white space (tabs, no-break and figure spaces included) as one space, ends trimmed. */
  static String foldSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Joins lines' texts with single spaces. */
  static String join(List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(l.text());
    }
    return sb.toString();
  }

  /** Share of letters that are upper case, 0 when there are no letters. */
  static double upperShare(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters == 0 ? 0 : (double) upper / letters;
  }
}
