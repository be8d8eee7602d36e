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
 * {@code name.pdf} with {@code name.truth.json} (hand-written truth, as in the councils corpus,
 * grouped by the folder it is in: one council a folder), with {@code name.expected.json} (as
 * {@code agenda generate} writes them), or with {@code name.json} in a separate golden folder.
 * Sub-folders are searched too.
 */
public final class EvalRun {

  private EvalRun() {}

  /** Parses every document under {@code dir} that has an expected file and scores it. */
  public static Evaluation run(Path dir, Path goldenDir, boolean withPages) throws IOException {
    Evaluation evaluation = new Evaluation(withPages);
    Ingestor ingestor = new Ingestor();
    List<Path> docs;
    try (Stream<Path> s = Files.walk(dir)) {
      docs = s.filter(Files::isRegularFile).filter(Ingestor::supports).sorted().toList();
    }
    for (Path doc : docs) {
      Path truth = sibling(doc, ".truth.json");
      Path expected = goldenDir == null ? sibling(doc, ".expected.json") : goldenDir.resolve(base(doc) + ".json");
      boolean byTruth = goldenDir == null && Files.isRegularFile(truth);
      if (!byTruth && !Files.isRegularFile(expected)) {
        continue;
      }
      JsonNode want = PackJson.MAPPER.readTree((byTruth ? truth : expected).toFile());
      JsonNode got = parsed(ingestor, doc);
      String source = dir.relativize(doc).toString();
      Path folder = dir.relativize(doc.getParent());
      String group = folder.toString().isEmpty() ? "all" : folder.toString();
      if (byTruth) {
        evaluation.addTruth(group, source, want, got);
      } else {
        evaluation.add(group, source, want, got);
      }
    }
    return evaluation;
  }

  /**
   * Scores the people of the documents in {@code dir} that have a {@code name.truth.json} in
   * {@code peopleDir} stating only their minutes' people (the samples').
   */
  public static Evaluation people(Path dir, Path peopleDir) throws IOException {
    Evaluation evaluation = new Evaluation(false);
    Ingestor ingestor = new Ingestor();
    List<Path> docs;
    try (Stream<Path> s = Files.walk(dir, 1)) {
      docs = s.filter(Files::isRegularFile).filter(Ingestor::supports).sorted().toList();
    }
    for (Path doc : docs) {
      Path truth = peopleDir.resolve(base(doc) + ".truth.json");
      if (!Files.isRegularFile(truth)) {
        continue;
      }
      JsonNode got = parsed(ingestor, doc);
      evaluation.addPeople("all", doc.getFileName().toString(), PackJson.MAPPER.readTree(truth.toFile()), got);
    }
    return evaluation;
  }

  /**
   * The document's parse as JSON; a file that cannot be read, or a parser fault, scores as nothing
   * found, and the run goes on to the next document (a fault is also told on stderr).
   */
  private static JsonNode parsed(Ingestor ingestor, Path doc) {
    try {
      return PackJson.toJson(ingestor.ingest(doc), false);
    } catch (ExtractionException e) {
      return PackJson.MAPPER.createObjectNode();
    } catch (RuntimeException e) {
      System.err.println(doc + ": the parser failed (" + e + "); scored as nothing found");
      return PackJson.MAPPER.createObjectNode();
    }
  }

  private static Path sibling(Path doc, String suffix) {
    return doc.resolveSibling(base(doc) + suffix);
  }

  private static String base(Path doc) {
    String name = doc.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
