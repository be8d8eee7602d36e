package org.agendasearch.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The people in a set of minutes as comparable facts, from a truth file's minutes (fields
 * {@code attendance}, {@code declarations}, {@code none_declared}, and {@code moved_by},
 * {@code seconded_by}, {@code votes} on each resolution) or from a parse: who attended (present,
 * virtual or absent), who sent apologies, who declared an interest in which item (or that none
 * did), who moved and seconded each decision, and each recorded vote's counts.
 */
final class PeopleFacts {

  /** The kinds, in the order they are printed. */
  static final List<String> KINDS = List.of("attendance", "apologies", "declaration", "mover", "vote");
  private PeopleFacts() {}

  /** Whether a truth file states the people of its minutes (files written before they were asked for do not). */
  static boolean stated(JsonNode truth) {
    for (JsonNode m : truth.path("minutes")) {
      if (m.has("attendance")) {
        return true;
      }
    }
    return false;
  }

  /** The facts of one set of minutes, whose decisions are {@code resolutions}. */
  static List<TruthRecords.Fact> of(String date, JsonNode minutes, List<JsonNode> resolutions) {
    List<TruthRecords.Fact> out = new ArrayList<>();
    for (JsonNode a : minutes.path("attendance")) {
      String status = text(a, "status");
      String name = key(text(a, "name"));
      if ("apologies".equals(status)) {
        out.add(fact("apologies", date, name));
      } else {
        out.add(fact("attendance", date, name, "absent".equals(status) ? "absent" : "present"));
      }
    }
    for (JsonNode d : minutes.path("declarations")) {
      out.add(fact("declaration", date, key(text(d, "name")), TruthRecords.number(text(d, "item_number"))));
    }
    if (minutes.path("none_declared").asBoolean(false)) {
      out.add(fact("declaration", date, "none", null));
    }
    for (JsonNode r : resolutions) {
      // Movers and votes are scored apart from which minute a decision was filed under (the
      // resolution kind scores that): a meeting's movers, seconders and vote counts as sets.
      if (text(r, "moved_by") != null) {
        out.add(fact("mover", date, "moved", key(text(r, "moved_by"))));
      }
      if (text(r, "seconded_by") != null) {
        out.add(fact("mover", date, "seconded", key(text(r, "seconded_by"))));
      }
      // a tally with no count in it ("for", "against" and "abstain" all null) is no tally: "votes" is null where no count is printed
      JsonNode v = r.path("votes");
      if (v.isObject() && (text(v, "for") != null || text(v, "against") != null || text(v, "abstain") != null)) {
        out.add(fact("vote", date, text(v, "for"), text(v, "against"), text(v, "abstain")));
      }
    }
    return out;
  }

  /** Whether two facts of one kind are the same person's or vote's. */
  static boolean same(TruthRecords.Fact e, TruthRecords.Fact a) {
    List<String> x = e.fields();
    List<String> y = a.fields();
    return switch (e.kind()) {
      case "attendance" -> Objects.equals(x.get(0), y.get(0)) && sameName(x.get(1), y.get(1)) && Objects.equals(x.get(2), y.get(2));
      case "apologies" -> Objects.equals(x.get(0), y.get(0)) && sameName(x.get(1), y.get(1));
      case "declaration" -> Objects.equals(x.get(0), y.get(0)) && sameName(x.get(1), y.get(1)) && Objects.equals(x.get(2), y.get(2));
      case "mover" -> Objects.equals(x.get(0), y.get(0)) && Objects.equals(x.get(1), y.get(1)) && sameName(x.get(2), y.get(2));
      default -> x.equals(y);
    };
  }

  /**
   * Two spellings of one person's name: the same surname, and the same first initial where both
   * give one ({@code a smith} and {@code andrew smith}; {@code tuttle} and {@code bill tuttle}; {@code ambrose s}, printed
   * "Ambrose, S", and {@code s ambrose}).
   */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return Objects.equals(a, b);
    }
    if (a.equals(b)) {
      return true;
    }
    String[] x = surnameLast(a.split(" "));
    String[] y = surnameLast(b.split(" "));
    if (!x[x.length - 1].equals(y[y.length - 1])) {
      return false;
    }
    return x.length == 1 || y.length == 1 || x[0].charAt(0) == y[0].charAt(0);
  }

  /** A name printed surname first, its initials after ({@code ambrose s} from "Ambrose, S"), with its initials first. */
  private static String[] surnameLast(String[] w) {
    int initials = 0;
    while (initials < w.length - 1 && w[w.length - 1 - initials].length() == 1) {
      initials++;
    }
    if (initials == 0 || w[0].length() == 1) {
      return w;
    }
    String[] out = new String[w.length];
    System.arraycopy(w, w.length - initials, out, 0, initials);
    System.arraycopy(w, 0, out, initials, w.length - initials);
    return out;
  }

  /** A name for matching: lower case, titles and punctuation gone ({@code Cllr. A. Smith} as {@code a smith}). */
  static String key(String name) {
    return name == null ? null : org.agendasearch.ingest.model.PersonKey.of(name);
  }

  private static TruthRecords.Fact fact(String kind, String... fields) {
    return new TruthRecords.Fact(kind, Arrays.asList(fields));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }
}
