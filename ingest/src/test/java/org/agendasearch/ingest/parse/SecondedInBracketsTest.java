package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.agendasearch.ingest.model.Resolution;
import org.junit.jupiter.api.Test;

class SecondedInBracketsTest {

  private static List<Line> lines(String text) {
    return Arrays.stream(text.split("\n")).map(t -> new Line(1, t.strip())).toList();
  }

  @Test
  void the_sentence_before_its_proposer_and_seconder_in_brackets_is_the_decision() {
    List<ResolutionParser.Found> found = SecondedInBrackets.find(lines("""
        • Philippa Pearson from Barton Park introduced herself. Philippa was co-opted onto the
        Parish Council. (Cllr S Mills proposed, Cllr J Penn seconded). It was noted the
        Declaration of Acceptance of Office would be signed at the next available meeting."""), List.of());
    assertThat(found).extracting(f -> f.resolution().text()).containsExactly("Philippa was co-opted onto the Parish Council.");
    assertThat(found.get(0).from()).isZero();
    assertThat(found.get(0).to()).isEqualTo(2);
  }

  @Test
  void a_bullet_starts_the_sentence_and_a_decision_found_already_is_not_found_twice() {
    List<Line> body = lines("""
        • The Protocol document was formally approved. (Cllr S Mills proposed, Cllr J Penn
        seconded)""");
    assertThat(SecondedInBrackets.find(body, List.of())).extracting(f -> f.resolution().text())
        .containsExactly("The Protocol document was formally approved.");
    ResolutionParser.Found already = new ResolutionParser.Found(new Resolution("x", 1), 0, 1);
    assertThat(SecondedInBrackets.find(body, List.of(already))).isEmpty();
  }

  @Test
  void movers_are_read_from_the_brackets() {
    List<Resolution> r = ResolutionParser.parse(lines("""
        • The minutes of the last meeting held on Monday 9th March 2020 were approved and will
        be signed at the next available meeting as a true
        record. (Cllr P Morgan proposed, Cllr J Penn seconded)"""));
    assertThat(r).hasSize(1);
    assertThat(r.get(0).movedBy() + "/" + r.get(0).secondedBy()).isEqualTo("P Morgan/J Penn");
  }
}
