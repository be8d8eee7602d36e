package org.agendasearch.sources.moderngov;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What we read from ModernGov's HTML: its links ({@code <a href="...">text</a>}) and its text.
 * ModernGov's pages are generated from one template per page type, so the links are all we need; we
 * never interpret the rest of the markup.
 */
final class Html {

  private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*(\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
      "nbsp", " ", "ndash", "–", "rsquo", "’");

  private Html() {}

  /** A link: its address as written (entities decoded) and its text. */
  record Link(String href, String text) {}

  /** Every link of a page, in order. */
  static List<Link> links(String html) {
    List<Link> out = new ArrayList<>();
    Matcher m = LINK.matcher(html);
    while (m.find()) {
      String href = m.group(2) != null ? m.group(2) : m.group(3);
      out.add(new Link(decode(href).strip(), text(m.group(4))));
    }
    return out;
  }

  /** The text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
  static String text(String html) {
    return decode(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
  }

  static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(e.substring(2), 16);
      } else if (e.startsWith("#")) {
        r = codePoint(e.substring(1), 10);
      } else {
        r = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }
}
