package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets: short, cut at word boundaries, without layout debris, plain text with match ranges. */
class SnippetTest {

  @TempDir
  Path dir;

  @Test
  void a_page_of_bullets_gives_a_short_snippet_cut_at_words() throws Exception {
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      page.append("• we will regularly engage our children and families in planning item ").append(i).append('\n');
    }
    page.append("--- -- --- Table 5 : school transport costs\n");
    for (int i = 0; i < 40; i++) {
      page.append("• further commitments to partners and providers number ").append(i).append('\n');
    }
    try (SearchService s = new TinyIndex().add(new TinyIndex.PackBuilder("b.pdf", "Cabinet", LocalDate.of(2020, 1, 1))
        .page(page.toString())).open(dir)) {
      SearchResults r = s.search(SearchRequest.of("\"school transport\""));
      assertThat(r.hits()).hasSize(1);
      Snippet snippet = r.hits().get(0).snippet();
      assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippet.MAX_CHARS + 2);
      assertThat(snippet.text()).startsWith(Snippet.ELLIPSIS).endsWith(Snippet.ELLIPSIS)
          .doesNotContain("---", "•", " :").contains("Table 5: school transport");
      assertThat(snippet.marked()).containsExactly("school transport");
      for (String word : snippet.text().replace(Snippet.ELLIPSIS, " ").split("\\s+")) {
        if (!word.isEmpty()) {
          assertThat(page.toString()).as("no word is cut: %s", word).containsPattern(
              "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(word.replaceAll("[.,:;]$", "")) + "(?![\\p{L}\\d])");
        }
      }
    }
  }

  @Test
  void html_escapes_the_text_and_marks_only_the_matches() {
    Snippet s = new Snippet("Children's <b>parent/carer</b> & co", List.of(new Snippet.Mark(0, 10)));
    assertThat(s.html()).isEqualTo("<mark>Children&#39;s</mark> &lt;b&gt;parent/carer&lt;/b&gt; &amp; co");
  }

  @Test
  void solr_style_html_reads_back_into_text_and_marks() {
    Snippet s = Snippet.fromHtml("the <mark>parent&#x2F;carer</mark> of Children&#x27;s services");
    assertThat(s.text()).isEqualTo("the parent/carer of Children's services");
    assertThat(s.marked()).containsExactly("parent/carer");
  }

  @Test
  void a_lead_snippet_is_cut_at_a_word_with_an_ellipsis() {
    Snippet s = Snippet.lead("word ".repeat(200) + "regularly engage our children");
    assertThat(s.text()).endsWith("word " + Snippet.ELLIPSIS);
    assertThat(s.text().length()).isLessThanOrEqualTo(Snippet.MAX_CHARS + 2);
    assertThat(Snippet.lead("Short text.").text()).isEqualTo("Short text.");
  }
}
