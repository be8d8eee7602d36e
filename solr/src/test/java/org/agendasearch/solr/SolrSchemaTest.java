package org.agendasearch.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.agendasearch.search.schema.Schema;
import org.junit.jupiter.api.Test;

/** The configset mirrors the Lucene schema: every field, and the same stop words. */
class SolrSchemaTest {

  static String resource(String name) throws IOException {
    try (InputStream in = SolrAdmin.class.getResourceAsStream("configset/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void every_field_of_the_lucene_schema_is_in_the_solr_schema() throws Exception {
    Set<String> solrFields = new TreeSet<>();
    Matcher m = Pattern.compile("<field name=\"([^\"]+)\"").matcher(resource("schema.xml"));
    while (m.find()) {
      solrFields.add(m.group(1));
    }
    List<String> luceneFields = new ArrayList<>();
    for (Field f : Schema.class.getFields()) {
      boolean constant = Modifier.isStatic(f.getModifiers()) && f.getType() == String.class;
      // Facet dimensions and commit data are not fields of their own in Lucene's documents.
      if (constant && !f.getName().startsWith("FACET_") && !f.getName().startsWith("COMMIT_")) {
        luceneFields.add((String) f.get(null));
      }
    }
    assertThat(luceneFields).hasSizeGreaterThan(25);
    assertThat(solrFields).containsAll(luceneFields)
        .contains(SolrDocuments.FACET_COMMITTEE, SolrDocuments.FACET_YEAR, "_version_");
  }

  @Test
  void the_stop_words_are_lucenes_english_stop_words() throws Exception {
    Set<String> solr = new TreeSet<>();
    for (String line : resource("stopwords_en.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        solr.add(line.strip());
      }
    }
    Set<String> lucene = new TreeSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> lucene.add(new String((char[]) w)));
    assertThat(solr).isEqualTo(lucene);
  }

  @Test
  void the_configset_zip_holds_every_file() throws Exception {
    byte[] zip = SolrAdmin.configsetZip();
    String names = new String(zip, StandardCharsets.ISO_8859_1);
    for (String f : SolrAdmin.CONFIGSET_FILES) {
      assertThat(names).contains(f);
    }
  }
}
