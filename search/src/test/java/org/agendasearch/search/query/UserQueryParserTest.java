package org.agendasearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.agendasearch.search.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryParserTest {

  private final UserQueryParser parser = new UserQueryParser(Schema.analyzer());

  private String refusal(String q) {
    try {
      parser.parse(q, false);
    } catch (InvalidQueryException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + q);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AND", "OR", "NOT", "budget AND", "OR budget", "committee:", "title:", "type:",
      "budget^", "title:(", "[a TO", "budget^-1", "\\/ab[c", "\\/(", "a &&", "!"})
  void a_query_that_cannot_run_gets_a_sentence_never_the_parser_s_message(String q) {
    String message = refusal(q);
    assertThat(message).doesNotContain("Encountered", "<EOF>", "<AND>", "Was expecting", "Cannot parse",
        "IllegalArgument", "end-of-string");
    assertThat(message).matches("[A-Z~^a-z\"].*[.]");
  }

  @Test
  void operators_and_empty_qualifiers_say_what_to_type_instead() {
    assertThat(refusal("AND")).contains("between two words").contains("\"and\"");
    assertThat(refusal("committee:")).contains("committee:cabinet");
    assertThat(refusal("title:")).contains("title:budget");
  }

  @Test
  void an_unfinished_regular_expression_is_searched_as_words_or_refused_never_thrown() {
    for (String q : new String[] {"\\/ab[c", "/ab[c", "/(/", "\\/[", "a/b[/c"}) {
      try {
        parser.parse(q, false);
      } catch (InvalidQueryException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void an_unknown_field_says_which_fields_exist() {
    assertThat(refusal("foo:bar")).contains("\"foo\"").contains("committee:, type: and title:").contains("quotes");
    assertThatCode(() -> parser.parse("\"foo:bar\"", false)).doesNotThrowAnyException();
    assertThatCode(() -> parser.parse("http://example.org 9:30 Note: budget", false)).doesNotThrowAnyException();
  }

  @Test
  void typographic_quotes_and_dashes_read_as_ascii() {
    assertThat(parser.parse("\u201Ccorporate parenting\u201D", false))
        .isEqualTo(parser.parse("\"corporate parenting\"", false));
    assertThat(parser.parse("housing \u2013homeless", false)).isEqualTo(parser.parse("housing -homeless", false));
  }

  @Test
  void a_purely_negative_query_means_everything_except() {
    assertThat(parser.parse("-safeguarding", false).toString()).contains("*:*").contains("-");
    assertThat(parser.parse("NOT safeguarding", false).toString()).contains("*:*");
  }
}
