package org.agendasearch.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.agendasearch.search.Folding;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.schema.Schema;

/**
 * {@link Folding} on SolrCloud, as the embedded index does it: every match of the words and the
 * date range (not the facet filters) is listed with what folding needs, and the folded ones are
 * left out of the search by id, so that the total, the facets and the pages count the hits people
 * see.
 */
final class SolrFolds {

  /** What folding reads of each match: few and small fields. */
  private static final String FIELDS = String.join(",", Schema.ID, Schema.DOCUMENT_ID, Schema.SOURCE, Schema.PAGE,
      Schema.PAGE_SPAN, Schema.FOLDS, Schema.FACT, Schema.ORDINAL, "score");
  /** The parameter holding the folded ids ({@link #exclude}). */
  private static final String FOLDED_PARAM = "folded";

  private final Folding<String> folding;
  private final Map<String, SolrDocument> matches;

  private SolrFolds(Folding<String> folding, Map<String, SolrDocument> matches) {
    this.folding = folding;
    this.matches = matches;
  }

  /**
   * Lists the matches of {@code base} (its q and date filter) and folds them.
   *
   * @param max the most matches read (a search matching more folds among its first {@code max})
   */
  static SolrFolds of(SolrQuery base, Function<SolrQuery, QueryResponse> query, int max) {
    SolrQuery count = base.getCopy();
    count.setRows(0);
    QueryResponse c = query.apply(count);
    long n = c == null ? 0 : c.getResults().getNumFound();
    Map<String, SolrDocument> docs = new HashMap<>();
    List<Folding.Match<String>> list = new ArrayList<>();
    if (n > 0) {
      SolrQuery all = base.getCopy();
      all.setRows((int) Math.min(max, n));
      all.set("fl", FIELDS);
      QueryResponse rsp = query.apply(all);
      for (SolrDocument d : rsp == null ? List.<SolrDocument>of() : rsp.getResults()) {
        String id = (String) d.getFieldValue(Schema.ID);
        Object span = d.getFieldValue(Schema.PAGE_SPAN);
        if (!(span instanceof Number s)) {
          continue; // a collection from before page spans: nothing folds
        }
        docs.put(id, d);
        Object score = d.getFieldValue("score");
        String fact = (String) d.getFieldValue(Schema.FACT);
        Object ordinal = d.getFieldValue(Schema.ORDINAL);
        String place = fact == null ? null : Folding.place((String) d.getFieldValue(Schema.DOCUMENT_ID),
            ordinal instanceof Number o ? o.intValue() : 0);
        list.add(new Folding.Match<>(id, d.getFieldValue(Schema.DOCUMENT_ID), (int) (s.longValue() >>> 32),
            (int) s.longValue(), d.getFieldValue(Schema.FOLDS) != null, fact,
            score instanceof Number f ? f.floatValue() : 0f, place));
      }
    }
    return new SolrFolds(Folding.of(list), docs);
  }

  /** Leaves the folded matches out of {@code sq} (a filter by id, in a parameter: the request is a POST). */
  void exclude(SolrQuery sq) {
    if (!folding.folded().isEmpty()) {
      sq.set(FOLDED_PARAM, String.join(",", folding.folded()));
      sq.addFilterQuery("*:* -_query_:\"{!terms f=" + Schema.ID + " v=$" + FOLDED_PARAM + "}\"");
    }
  }

  /** The record's matching pages, best first, as their ids; empty for records of one page. */
  List<Folding.PageMatch<String>> pagesOf(String id) {
    return folding.pagesOf(id);
  }

  /** The other files the record was read from. */
  List<SearchHit.Copy> copiesOf(String id) {
    List<SearchHit.Copy> out = new ArrayList<>();
    for (String other : folding.copiesOf(id)) {
      SolrDocument d = matches.get(other);
      Object page = d.getFieldValue(Schema.PAGE);
      out.add(new SearchHit.Copy((String) d.getFieldValue(Schema.DOCUMENT_ID), (String) d.getFieldValue(Schema.SOURCE),
          page instanceof Number p ? p.intValue() : 0));
    }
    return out;
  }
}
