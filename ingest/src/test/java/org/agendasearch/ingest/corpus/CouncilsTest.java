package org.agendasearch.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilsTest {

  @Test
  void the_bundled_corpus_names_herefordshire_as_the_default_council() throws Exception {
    Councils councils = Councils.load(TestFiles.repoRoot().resolve("corpus"));
    assertThat(councils.councilOf("001_aa98a297444b1522.pdf"))
        .contains(new Council("Herefordshire Council", "herefordshire-council"));
  }

  @Test
  void a_file_belongs_to_the_council_of_its_first_folder_named_by_the_list_or_by_its_slug(@TempDir Path corpus)
      throws Exception {
    Files.writeString(corpus.resolve("councils.json"), """
        {"default": "hfd", "councils": [
          {"name": "Herefordshire Council", "slug": "hfd"},
          {"name": "Example Council", "slug": "example", "source": {"type": "ModernGov", "url": "https://democracy.example.gov.uk"}}]}
        """);
    Councils c = Councils.load(corpus);
    assertThat(c.councilOf("x.pdf").orElseThrow().name()).isEqualTo("Herefordshire Council");
    assertThat(c.councilOf("example/cabinet/2024-01-02_7/pack.pdf").orElseThrow())
        .isEqualTo(new Council("Example Council", "example",
            new Council.Source("moderngov", "https://democracy.example.gov.uk")));
    assertThat(c.councilOf("shropshire-council/x.pdf")).contains(new Council("Shropshire Council", "shropshire-council"));
    // A folder that cannot be a slug is not a council: its files stay with the default.
    assertThat(c.councilOf("Old Packs/x.pdf").orElseThrow().slug()).isEqualTo("hfd");
  }

  @Test
  void with_no_list_files_directly_under_the_corpus_have_no_council(@TempDir Path corpus) throws Exception {
    Councils c = Councils.load(corpus);
    assertThat(c).isEqualTo(Councils.NONE);
    assertThat(c.councilOf("x.pdf")).isEmpty();
    assertThat(c.councilOf("powys/x.pdf").orElseThrow().name()).isEqualTo("Powys");
  }

  @Test
  void a_list_that_cannot_be_read_says_why(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve("councils.json"), "{\"default\": \"nowhere\", \"councils\": []}");
    assertThatThrownBy(() -> Councils.load(corpus)).isInstanceOf(IOException.class)
        .hasMessageContaining("the default council \"nowhere\" is not in its list");
    Files.writeString(corpus.resolve("councils.json"), "{\"councils\": [{\"name\": \"X\", \"slug\": \"../etc\"}]}");
    assertThatThrownBy(() -> Councils.load(corpus)).isInstanceOf(IOException.class).hasMessageContaining("../etc");
    Files.writeString(corpus.resolve("councils.json"), "[not json");
    assertThatThrownBy(() -> Councils.load(corpus)).isInstanceOf(IOException.class)
        .hasMessageContaining("is not a list of councils");
  }

  @Test
  void slugs_come_from_names_and_a_saved_list_reads_back(@TempDir Path corpus) throws Exception {
    assertThat(Council.slugOf("Ynys Môn / Isle of Anglesey County Council")).isEqualTo("ynys-mon-isle-of-anglesey-county-council");
    assertThat(Council.slugOf("Brighton & Hove City Council")).isEqualTo("brighton-and-hove-city-council");
    Councils saved = Councils.NONE.with(new Council("Example Council", null,
        new Council.Source("moderngov", "https://democracy.example.gov.uk")));
    saved.save(corpus);
    assertThat(Councils.load(corpus)).isEqualTo(saved);
    assertThat(Councils.load(corpus).bySlug("example-council")).isPresent();
  }
}
