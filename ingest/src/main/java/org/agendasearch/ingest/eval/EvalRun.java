package org.agendasearch.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.extract.ExtractionException;

/**
 * Scores the parser on a folder of documents that each have their expected records beside them:
 * {@code name.pdf} with {@code name.expected.json} (as {@code agenda generate} writes them), or
 * with {@code name.json} in a separate golden folder.
 */
public final class EvalRun {

  private EvalRun() {}

  /** Parses every document in {@code dir} that has an expected file and scores it. */
  public static Evaluation run(Path dir, Path goldenDir, boolean withPages) throws IOException {
    Evaluation evaluation = new Evaluation(withPages);
    Ingestor ingestor = new Ingestor();
    List<Path> docs;
    try (Stream<Path> s = Files.list(dir)) {
      docs = s.filter(Ingestor::supports).sorted().toList();
    }
    for (Path doc : docs) {
      Path expected = expectedFor(doc, goldenDir);
      if (!Files.isRegularFile(expected)) {
        continue;
      }
      JsonNode want = PackJson.MAPPER.readTree(expected.toFile());
      JsonNode got;
      try {
        got = PackJson.toJson(ingestor.ingest(doc), false);
      } catch (ExtractionException e) {
        got = PackJson.MAPPER.createObjectNode();
      }
      evaluation.add(doc.getFileName().toString(), want, got);
    }
    return evaluation;
  }

  static Path expectedFor(Path doc, Path goldenDir) {
    String name = doc.getFileName().toString();
    String base = name.substring(0, name.lastIndexOf('.'));
    return goldenDir == null ? doc.resolveSibling(base + ".expected.json") : goldenDir.resolve(base + ".json");
  }
}
