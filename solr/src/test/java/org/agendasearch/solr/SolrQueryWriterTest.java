package org.agendasearch.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agendasearch.search.query.InvalidQueryException;
import org.agendasearch.search.query.UserQueryParser;
import org.agendasearch.search.schema.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.junit.jupiter.api.Test;

/** The parsed query, written in Solr's syntax term for term. */
class SolrQueryWriterTest {

  private final UserQueryParser parser = new UserQueryParser(Schema.analyzer());

  private String solr(String q) {
    return SolrQueryWriter.write(parser.parse(q, false));
  }

  @Test
  void words_are_all_required_in_the_stemmed_fields_with_their_boosts() {
    String q = solr("councils tax");
    assertThat(q).startsWith("(+(").contains(") +(").contains("((title:council)^3.0)").contains("((text:council)^1.0)")
        .contains("((title:tax)^3.0)").contains("((text:tax)^1.0)").doesNotContain("exact");
  }

  @Test
  void a_phrase_keeps_the_gap_its_stop_word_left() {
    assertThat(solr("\"cost of living\"")).contains("text:\"cost -gap- live\"~0")
        .contains("text_exact:\"cost of living\"~0");
  }

  @Test
  void exclusions_prefixes_and_qualifiers() {
    assertThat(solr("highways -bridge")).contains(" -(").contains("((title:bridg)^3.0)");
    assertThat(solr("recommend*")).contains("title_exact:recommend*").contains("text:recommend*");
    assertThat(solr("type:resolution")).isEqualTo("type:resolution");
    assertThat(solr("committee:scrutiny")).isEqualTo("committee_text:scrutiny");
  }

  @Test
  void special_characters_in_terms_are_escaped() {
    assertThat(solr("9:30")).contains("text:\"9 30\"~0");
    assertThat(SolrQueryWriter.escape("a+b(c)")).isEqualTo("a\\+b\\(c\\)");
  }

  @Test
  void exclusions_alone_match_everything_except_as_in_lucene() {
    // The fields' order follows Schema.SEARCH_FIELDS, a Map.of whose order differs from run to run.
    assertThat(solr("-council")).startsWith("(-((").endsWith(") +(*:*))")
        .contains("(title:council)^3.0", "(text:council)^1.0");
    assertThat(solr("")).isEqualTo("*:*");
  }

  @Test
  void a_query_type_the_parser_never_builds_is_refused_not_guessed() {
    Query regexp = new RegexpQuery(new Term("text", "c.*"));
    assertThatThrownBy(() -> SolrQueryWriter.write(regexp)).isInstanceOf(InvalidQueryException.class);
  }
}
