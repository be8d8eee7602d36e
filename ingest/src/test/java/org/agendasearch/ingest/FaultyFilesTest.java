package org.agendasearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.extract.TesseractOcr;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Pack;
import org.junit.jupiter.api.Test;

/** Every file in the faulty set gets a clear outcome: parsed, parsed with a warning, or a reason. */
class FaultyFilesTest {

  private final Ingestor ingestor = new Ingestor();

  @Test
  void empty_file_is_a_clear_error() {
    assertThatThrownBy(() -> ingestor.ingest(TestFiles.faulty("empty.pdf")))
        .isInstanceOfSatisfying(ExtractionException.class, e -> {
          assertThat(e.failure()).isEqualTo(ExtractionException.Failure.EMPTY);
          assertThat(e.getMessage()).startsWith("empty:");
        });
  }

  @Test
  void a_file_that_is_not_a_pdf_is_a_clear_error() {
    assertThatThrownBy(() -> ingestor.ingest(TestFiles.faulty("not-a-pdf.pdf")))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.failure()).isEqualTo(ExtractionException.Failure.UNSUPPORTED));
  }

  @Test
  void a_password_protected_pdf_says_encrypted_and_opens_with_the_password() throws Exception {
    assertThatThrownBy(() -> ingestor.ingest(TestFiles.faulty("password-protected.pdf")))
        .isInstanceOfSatisfying(ExtractionException.class, e -> {
          assertThat(e.failure()).isEqualTo(ExtractionException.Failure.ENCRYPTED);
          assertThat(e.getMessage()).contains("encrypted").contains("--password");
        });
    assertThatThrownBy(() -> new Ingestor(ExtractOptions.DEFAULTS.withPassword("wrong"))
        .ingest(TestFiles.faulty("password-protected.pdf")))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.failure()).isEqualTo(ExtractionException.Failure.ENCRYPTED));
  }

  @Test
  void an_owner_restricted_pdf_is_parsed_normally() throws Exception {
    Pack pack = ingestor.ingest(TestFiles.faulty("owner-restricted.pdf"));
    assertThat(pack.warnings()).isEmpty();
    assertThat(pack.pages()).isNotEmpty();
    assertThat(pack.pages().get(0).text()).isNotBlank();
  }

  @Test
  void a_truncated_pdf_gives_the_pages_it_can_and_a_warning() throws Exception {
    Pack pack = ingestor.ingest(TestFiles.faulty("truncated.pdf"));
    assertThat(pack.warnings()).anySatisfy(w -> assertThat(w).startsWith("truncated:"));
    assertThat(pack.warnings()).anySatisfy(w -> assertThat(w).startsWith("damaged:"));
    assertThat(pack.meeting().committee()).isEqualTo("Cabinet");
    assertThat(pack.meeting().date()).isEqualTo(LocalDate.of(2015, 2, 26));
    assertThat(pack.pages().stream().filter(p -> !p.text().isBlank())).hasSizeGreaterThan(5);
  }

  @Test
  void a_scanned_pdf_is_read_by_ocr_and_its_minutes_are_found() throws Exception {
    assertThat(TesseractOcr.onPath().available())
        .as("the tesseract command (Debian package tesseract-ocr) must be installed: .ci/run installs it")
        .isTrue();
    Pack pack = ingestor.ingest(TestFiles.faulty("scanned-minutes-2020-09-15.pdf"));
    assertThat(pack.pages()).allSatisfy(p -> assertThat(p.ocr()).isTrue());
    assertThat(pack.warnings()).anySatisfy(w -> assertThat(w).startsWith("ocr:"));
    assertThat(pack.kind()).isEqualTo(DocumentKind.MINUTES);
    assertThat(pack.meeting().committee()).isEqualToIgnoringCase("Children and young people scrutiny committee");
    assertThat(pack.meeting().date()).isEqualTo(LocalDate.of(2020, 9, 15));
    assertThat(pack.minutes()).singleElement().satisfies(m -> {
      assertThat(m.items()).extracting(MinuteItem::number).startsWith("1", "2", "3", "4", "5");
      assertThat(m.items().get(2).resolutions()).singleElement()
          .satisfies(r -> assertThat(r.text()).startsWith("That the minutes of the meeting on 28 July"));
    });
  }
}
