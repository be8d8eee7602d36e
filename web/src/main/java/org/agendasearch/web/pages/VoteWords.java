package org.agendasearch.web.pages;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendasearch.ingest.model.Votes;

/**
 * The votes recorded on a resolution in words, for a meeting page: {@code {{ r.votes | votes }}}
 * gives "For 5 (R W Gough, C Bell); against 2 (D White); abstaining 0." A count the minutes do not
 * give is the number of names they list; a side with neither is left out.
 */
public final class VoteWords extends AbstractExtension {

  /** The sentence for {@code v}, or "" when it records nothing. */
  public static String of(Votes v) {
    if (v == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    add(parts, "for", v.inFavour(), v.forNames());
    add(parts, "against", v.against(), v.againstNames());
    add(parts, "abstaining", v.abstain(), v.abstainNames());
    if (parts.isEmpty()) {
      return "";
    }
    String s = String.join("; ", parts) + ".";
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void add(List<String> parts, String side, Integer count, List<String> names) {
    if (count == null && names.isEmpty()) {
      return;
    }
    int n = count == null ? names.size() : count;
    parts.add(side + " " + n + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("votes", new Filter() {
      @Override
      public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
          int lineNumber) {
        return input instanceof Votes v ? of(v) : "";
      }

      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }
    });
  }
}
