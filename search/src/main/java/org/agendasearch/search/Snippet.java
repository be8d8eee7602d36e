package org.agendasearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passage a hit shows, as plain text with the ranges of the matched words: one convention for
 * every output (JSON carries both as they are, HTML wraps the ranges in {@code <mark>} and escapes
 * the rest, CSV takes the text). At most about {@link #MAX_CHARS} characters, cut at word
 * boundaries with an ellipsis, with layout debris (rules of dashes, dot leaders, table bars)
 * removed.
 *
 * @param text plain text, never escaped
 * @param marks the matched words, as [start, end) offsets into {@code text} in UTF-16 code units
 *     (JavaScript's {@code String.slice}), in order, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /** A snippet is at most about this many characters (one or two passages). */
  public static final int MAX_CHARS = 300;
  /** Put between two passages, and where a passage does not start or end its text. */
  public static final String ELLIPSIS = "…";

  /** Lines of dashes or underscores, dot leaders, table bars, bullets: how pages draw, not what they say. */
  private static final Pattern DEBRIS = Pattern.compile(
      "(?:(?<=^|\\s)[-–—_=.·•▪●◦|*~]{2,}(?=\\s|$))|(?:(?<=^|\\s)[|•▪●◦](?=\\s|$))");
  /** "Table 5 :" as laid out reads "Table 5:". */
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+(?=[:;,](?:\\s|$))");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** One matched word (or phrase), [start, end) in the snippet's text. */
  public record Mark(int start, int end) {}

  public Snippet {
    text = text == null ? "" : text;
    marks = marks == null ? List.of() : List.copyOf(marks);
  }

  /** A snippet with no matches. */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The start of a record's text when no passage matched (a title-only hit): cleaned and cut. */
  public static Snippet lead(String text) {
    if (text == null) {
      return plain("");
    }
    String head = text.length() > MAX_CHARS * 4 ? text.substring(0, MAX_CHARS * 4) : text;
    Builder b = new Builder();
    b.text(head);
    return b.build(head.length() < text.length());
  }

  /** The HTML form: the text escaped, each mark in {@code <mark>}. */
  public String html() {
    StringBuilder sb = new StringBuilder(text.length() + marks.size() * 13);
    int at = 0;
    for (Mark m : marks) {
      escape(text.substring(at, m.start()), sb);
      sb.append("<mark>");
      escape(text.substring(m.start(), m.end()), sb);
      sb.append("</mark>");
      at = m.end();
    }
    escape(text.substring(at), sb);
    return sb.toString();
  }

  /** The marked words, in order (for tests and logs). */
  public List<String> marked() {
    return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  /**
   * Reads highlighted HTML (escaped text with the matches in {@code <mark>}, as Solr's highlighter
   * writes it) back into a snippet.
   */
  public static Snippet fromHtml(String html) {
    if (html == null) {
      return plain("");
    }
    Builder b = new Builder();
    Matcher m = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL).matcher(html);
    int at = 0;
    while (m.find()) {
      b.text(unescape(html.substring(at, m.start())));
      b.match(unescape(m.group(1)));
      at = m.end();
    }
    b.text(unescape(html.substring(at)));
    return b.build(false);
  }

  static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#39;", "'").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
  }

  /**
   * Builds a snippet from pieces of text and matches: debris removed from the text between
   * matches, white space collapsed, then cut to {@link #MAX_CHARS} at a word boundary.
   */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();

    /** Text between matches. */
    Builder text(String s) {
      append(SPACE_BEFORE_PUNCTUATION.matcher(DEBRIS.matcher(s).replaceAll(" ")).replaceAll(""));
      return this;
    }

    /** A matched word, kept as written. */
    Builder match(String s) {
      int before = text.length();
      append(s);
      int start = before < text.length() && text.charAt(before) == ' ' ? before + 1 : before;
      if (text.length() > start) {
        marks.add(new Mark(start, text.length()));
      }
      return this;
    }

    /** Starts a new passage: an ellipsis between it and the one before. */
    Builder gap() {
      if (!text.isEmpty() && !endsWithEllipsis()) {
        append(" " + ELLIPSIS + " ");
      }
      return this;
    }

    /** Marks that the text went on before what is appended next. */
    Builder cutBefore() {
      if (!endsWithEllipsis()) {
        append(ELLIPSIS + " ");
      }
      return this;
    }

    private boolean endsWithEllipsis() {
      String t = text.toString().stripTrailing();
      return t.endsWith(ELLIPSIS);
    }

    private void append(String s) {
      String collapsed = SPACE.matcher(s).replaceAll(" ");
      if (collapsed.isEmpty()) {
        return;
      }
      boolean endsSpace = !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
      if (collapsed.charAt(0) == ' ' && (text.isEmpty() || endsSpace)) {
        collapsed = collapsed.substring(1);
      }
      text.append(collapsed);
    }

    /** The snippet, with an ellipsis at the end when {@code cutAfter} or when cut to length. */
    Snippet build(boolean cutAfter) {
      String t = text.toString();
      int end = t.length();
      while (end > 0 && t.charAt(end - 1) == ' ') {
        end--;
      }
      int start = 0;
      while (start < end && t.charAt(start) == ' ') {
        start++;
      }
      boolean cut = cutAfter;
      if (end - start > MAX_CHARS) {
        int limit = start + MAX_CHARS;
        int space = t.lastIndexOf(' ', limit);
        end = space > start ? space : limit;
        for (Mark m : marks) {
          if (m.start() < end && m.end() > end) {
            end = m.start() > start ? m.start() : m.end(); // never cut inside a mark
            break;
          }
        }
        while (end > start && t.charAt(end - 1) == ' ') {
          end--;
        }
        cut = true;
      }
      String body = t.substring(start, end);
      if (body.endsWith(ELLIPSIS)) {
        cut = false;
      }
      List<Mark> kept = new ArrayList<>();
      for (Mark m : marks) {
        if (m.start() >= start && m.end() <= end) {
          kept.add(new Mark(m.start() - start, m.end() - start));
        }
      }
      return new Snippet(cut && !body.isEmpty() ? body + " " + ELLIPSIS : body, kept);
    }
  }
}
