package org.agendasearch.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.alerts.SavedSearch;
import org.agendasearch.search.SearchHit;
import org.agendasearch.search.Snippet;
import org.junit.jupiter.api.Test;

/** The words of an alert email, on a hit made by hand: escaping, highlighting, the heading of a hit. */
class AlertEmailsTest {

  private static SearchHit hit(String title, String text, int start, int end) {
    return new SearchHit("d1/resolution/1", "resolution", "d1", "d1.pdf", "Cabinet", "2015-02-26", title, "59",
        7, new Snippet(text, List.of(new Snippet.Mark(start, end))), 1f, List.of(), "d1", List.of(), null, null, null);
  }

  @Test
  void a_hit_says_committee_date_type_title_snippet_and_pdf_page_with_what_a_page_could_hold_escaped() {
    AlertEmails emails = new AlertEmails("https://agenda.test");
    Email e = emails.alert("ann@example.org", SavedSearch.parse("/resolutions?q=bus+lane&year=2015"),
        List.of(hit("Bus <lane> & \"parking\"", "The bus lane <b>on</b> Ledbury Road", 4, 12)), 1, "U", "M");
    assertThat(e.subject()).isEqualTo("1 new result for resolutions \"bus lane\", year 2015 – Agenda Search");
    assertThat(e.text()).isEqualTo("""
        New results for resolutions "bus lane", year 2015
        https://agenda.test/resolutions?q=bus+lane&year=2015

        Cabinet · Thursday 26 February 2015 · Resolution
        Bus <lane> & "parking"
        The *bus lane* <b>on</b> Ledbury Road
        https://agenda.test/documents/d1.pdf#page=7

        --
        Stop this alert (one click): https://agenda.test/alerts/unsubscribe?token=U
        All alerts of this address: https://agenda.test/alerts/manage?token=M
        """);
    assertThat(e.html()).contains("<strong>Bus &lt;lane&gt; &amp; &quot;parking&quot;</strong>",
        "The <mark>bus lane</mark> &lt;b&gt;on&lt;/b&gt; Ledbury Road",
        "<small>Cabinet · Thursday 26 February 2015 · Resolution</small>")
        .doesNotContain("<b>on</b>");
    assertThat(e.headers()).containsEntry("List-Unsubscribe", "<https://agenda.test/alerts/unsubscribe?token=U>")
        .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }
}
