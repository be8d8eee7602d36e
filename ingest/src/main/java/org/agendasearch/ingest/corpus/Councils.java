package org.agendasearch.ingest.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendasearch.ingest.PackJson;

/**
 * The councils of a corpus, from {@code corpus/councils.json}:
 *
 * <pre>{@code
 * {"default": "herefordshire-council",
 *  "councils": [{"name": "Herefordshire Council", "slug": "herefordshire-council"},
 *               {"name": "Example Council", "slug": "example-council",
 *                "source": {"type": "moderngov", "url": "https://democracy.example.gov.uk"}}]}
 * }</pre>
 *
 * A file under {@code corpus/<slug>/} belongs to that council (named by its slug when the list does
 * not name it); a file directly under the corpus to the default council; with no councils.json and
 * no folder, a file has no council.
 *
 * @param defaultSlug the slug of the council of files directly under the corpus, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Councils(@com.fasterxml.jackson.annotation.JsonProperty("default") String defaultSlug,
    List<Council> councils) {

  /** The file that names a corpus's councils. */
  public static final String FILE_NAME = "councils.json";

  /** No councils named: files in sub-folders get one by their folder, the rest none. */
  public static final Councils NONE = new Councils(null, List.of());

  public Councils {
    councils = councils == null ? List.of() : List.copyOf(councils);
    if (defaultSlug != null && councils.stream().noneMatch(c -> c.slug().equals(defaultSlug))) {
      throw new IllegalArgumentException("councils.json: the default council \"" + defaultSlug
          + "\" is not in its list of councils");
    }
  }

  /** The councils of the corpus at {@code corpus}: its councils.json, or {@link #NONE} when it has none. */
  public static Councils load(Path corpus) throws IOException {
    Path file = corpus.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      return PackJson.MAPPER.readValue(file.toFile(), Councils.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not a list of councils: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes councils.json into {@code corpus} (a temporary file moved into place). */
  public void save(Path corpus) throws IOException {
    AtomicFiles.writeJson(corpus.resolve(FILE_NAME), this);
  }

  /** The council of a slug, if the list names it. */
  public Optional<Council> bySlug(String slug) {
    return councils.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The council a corpus file belongs to, by its path relative to the corpus ("shropshire-council/cabinet/x.pdf"). */
  public Optional<Council> councilOf(String relativePath) {
    String path = relativePath.replace('\\', '/');
    int slash = path.indexOf('/');
    if (slash < 0) {
      return defaultSlug == null ? Optional.empty() : bySlug(defaultSlug);
    }
    String folder = path.substring(0, slash);
    if (!Council.isSlug(folder)) {
      // A folder that cannot be a council's slug ("Old Packs") keeps its files with the default council.
      return defaultSlug == null ? Optional.empty() : bySlug(defaultSlug);
    }
    return Optional.of(bySlug(folder).orElseGet(() -> new Council(Council.nameOf(folder), folder)));
  }

  /** The list with {@code council} added, or replacing the council of the same slug. */
  public Councils with(Council council) {
    List<Council> out = new ArrayList<>();
    boolean replaced = false;
    for (Council c : councils) {
      if (c.slug().equals(council.slug())) {
        out.add(council);
        replaced = true;
      } else {
        out.add(c);
      }
    }
    if (!replaced) {
      out.add(council);
    }
    return new Councils(defaultSlug, out);
  }
}
