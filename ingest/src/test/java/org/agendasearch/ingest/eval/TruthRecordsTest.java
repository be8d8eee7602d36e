package org.agendasearch.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.agendasearch.ingest.PackJson;
import org.junit.jupiter.api.Test;

class TruthRecordsTest {

  @Test
  void committees_match_when_the_words_of_one_contain_the_others() {
    assertThat(TruthRecords.sameCommittee("City Council (4:00 P.M. Regular Meeting)", "City Council")).isTrue();
    assertThat(TruthRecords.sameCommittee("Cabinet", "The Cabinet")).isTrue();
    assertThat(TruthRecords.sameCommittee("Policy & Resources Committee", "Policy and Resources Committee")).isTrue();
    assertThat(TruthRecords.sameCommittee("Cabinet", "Planning Committee")).isFalse();
    assertThat(TruthRecords.sameCommittee("Ordinary Meeting", "Ordinary Meeting")).isTrue();
  }

  @Test
  void titles_match_when_nearly_all_their_words_are_shared() {
    assertThat(TruthRecords.sameTitle("CHAIRMAN’S ANNOUNCEMENTS", "Chairman's Announcements")).isTrue();
    assertThat(TruthRecords.sameTitle("Finance", "Finance - Invoice Eden Bespoke Landscapes £ 705.25")).isFalse();
  }

  @Test
  void a_resolution_matches_when_its_text_starts_with_the_truths_words_that_aside() {
    assertThat(TruthRecords.startsWith("That the minutes of the meeting be approved.", "the minutes of the meeting")).isTrue();
    assertThat(TruthRecords.startsWith("the minutes be noted", "the minutes of the meeting")).isFalse();
    assertThat(TruthRecords.startsWith("to: i) Approve the outlined proposals", "i) Approve the outlined")).isTrue();
    assertThat(TruthRecords.startsWith("(i) That the Grassland Management Strategy and Plan, be approved", "the Grassland Management")).isTrue();
    assertThat(TruthRecords.startsWith("to note the update", "note the update")).isFalse();
  }

  @Test
  void item_numbers_compare_without_decoration() {
    assertThat(TruthRecords.number("54.")).isEqualTo("54");
    assertThat(TruthRecords.number("(3)")).isEqualTo("3");
    assertThat(TruthRecords.number("MMD.2.22")).isEqualTo("mmd.2.22");
  }

  @Test
  void a_parse_is_scored_against_hand_written_truth_per_council() throws Exception {
    JsonNode truth = PackJson.MAPPER.readTree("""
        {"committee": "Cabinet", "meeting_date": "2024-03-21", "meeting_time": null,
         "agenda_items": [], "reports": [],
         "minutes": [{"committee": "Cabinet", "meeting_date": "2024-02-15",
           "items": [{"number": "54", "title": "Apologies for absence"}, {"number": "55", "title": "Minutes"}],
           "resolutions": [{"item_number": "55", "text_starts_with": "the minutes of the meeting held on"}]}]}""");
    JsonNode parsed = PackJson.MAPPER.readTree("""
        {"meeting": {"committee": "Cabinet", "date": "2024-03-21", "time": "19:00"},
         "agenda_items": [], "reports": [],
         "minutes": [{"committee": "The Cabinet", "date": "2024-02-15", "items": [
           {"number": "54.", "title": "APOLOGIES FOR ABSENCE", "resolutions": []},
           {"number": "55", "title": "MINUTES", "resolutions": [{"text": "That the minutes of the meeting held on 1 May be approved."}]},
           {"number": "56", "title": "Any other business", "resolutions": []}]}]}""");
    Evaluation e = new Evaluation();
    e.addTruth("example-council", "x.pdf", truth, parsed);
    assertThat(e.f1("minute_item")).isEqualTo(0.8); // 2 right of 2 expected and 3 found
    assertThat(e.f1("resolution")).isEqualTo(1.0);
    assertThat(e.f1("minutes")).isEqualTo(1.0);
    assertThat(e.precision("meeting")).isEqualTo(2.0 / 3); // a time the truth does not state is one too many
    assertThat(e.groups()).containsExactly("example-council");
    assertThat(e.compared()).isPositive();
    assertThat(new Evaluation().compared()).isZero();
  }
}
