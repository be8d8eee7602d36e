package org.agendasearch.search;

import org.agendasearch.ingest.model.Committees;
import org.agendasearch.search.schema.Schema;

/**
 * A {@code committee=} filter as every backend reads it: "Cabinet" is every council's Cabinet;
 * "Cabinet · Herefordshire Council" (a committee facet's value when results hold several councils)
 * is that council's alone.
 *
 * @param committeeKey the committee's {@link Committees#key}
 * @param councilKey the council name's {@link Committees#key}, or null for any council
 */
public record CommitteeFilter(String committeeKey, String councilKey) {

  /** The filter a value names; the committee key is null when it names none (punctuation alone). */
  public static CommitteeFilter of(String value) {
    int at = value.lastIndexOf(Schema.COUNCIL_SEPARATOR);
    if (at > 0) {
      String committee = Committees.key(value.substring(0, at));
      String council = Committees.key(value.substring(at + 1));
      if (committee != null && council != null) {
        return new CommitteeFilter(committee, council);
      }
    }
    return new CommitteeFilter(Committees.key(value), null);
  }

  /**
   * The committee facet as a person reads it: when every value is of one council (one council
   * indexed, or a search that finds one), its name is dropped ("Cabinet"), since "Cabinet" then
   * filters the same records.
   */
  public static java.util.List<FacetCount> present(java.util.List<FacetCount> committees) {
    String sep = " " + Schema.COUNCIL_SEPARATOR + " ";
    java.util.Set<String> councils = new java.util.HashSet<>();
    for (FacetCount c : committees) {
      int at = c.value().lastIndexOf(sep);
      councils.add(at < 0 ? "" : c.value().substring(at + sep.length()));
    }
    if (councils.size() > 1) {
      return committees;
    }
    return committees.stream().map(c -> {
      int at = c.value().lastIndexOf(sep);
      return at < 0 ? c : new FacetCount(c.value().substring(0, at), c.count());
    }).toList();
  }
}
