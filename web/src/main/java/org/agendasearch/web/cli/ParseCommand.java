package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.search.index.IndexBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agenda parse FILE|FOLDER [--json]}: the records of one file, or of each file in a folder
 * (the files a reindex reads, in order). Exit codes: 0 parsed, 2 usage, 3 empty, 4 not a format
 * we read, 5 encrypted, 6 corrupt, 7 unreadable, 8 over a limit; for a folder, the first failing
 * file's code (every file is still parsed).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse a file, or each file in a folder, and print its meeting, agenda, minutes, resolutions "
        + "and reports.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:parsed (warnings, if any, are in the output)", "2:bad arguments", "3:empty file",
        "4:not a PDF or other format we read", "5:encrypted (give --password)", "6:corrupt", "7:unreadable",
        "8:over a limit"})
public final class ParseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE|FOLDER",
      description = "A PDF, Word, OpenDocument, HTML or text file, or a folder of them (read recursively).")
  Path file;

  @Option(names = "--json", description = "Print the records as JSON (the parse contract); for a folder, one JSON "
      + "object a line.")
  boolean json;

  @Option(names = "--pages", description = "With --json: include every page's text.")
  boolean pages;

  @Option(names = "--password", description = "Password for an encrypted PDF.", interactive = false)
  String password;

  @Option(names = "--no-ocr", description = "Do not OCR pages that have no text layer.")
  boolean noOcr;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Stop reading the file after this long (default: ${DEFAULT-VALUE}).")
  long timeLimit = ExtractOptions.DEFAULTS.timeLimit().toSeconds();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingestor ingestor = new Ingestor(ExtractOptions.DEFAULTS.withPassword(password).withOcr(!noOcr)
        .withTimeLimit(java.time.Duration.ofSeconds(timeLimit)));
    if (Files.isDirectory(file)) {
      List<Path> files = IndexBuilder.corpusFiles(file);
      if (files.isEmpty()) {
        err.println("agenda parse: no files to parse in " + file);
        return 2;
      }
      int exit = 0;
      for (Path f : files) {
        int code = parse(ingestor, f, true, out, err);
        exit = exit == 0 ? code : exit;
      }
      return exit;
    }
    if (!Files.isRegularFile(file)) {
      err.println("agenda parse: no such file or folder: " + file);
      return 2;
    }
    return parse(ingestor, file, false, out, err);
  }

  /** Parses one file; {@code jsonLines}: one compact JSON object a line (a folder's files). */
  private int parse(Ingestor ingestor, Path f, boolean jsonLines, PrintWriter out, PrintWriter err) throws Exception {
    Pack pack;
    try {
      pack = ingestor.ingest(f);
    } catch (ExtractionException e) {
      err.println("agenda parse: " + f.getFileName() + ": " + e.getMessage());
      err.flush();
      return e.failure().exitCode();
    }
    if (json) {
      var writer = jsonLines ? PackJson.MAPPER.writer() : PackJson.MAPPER.writerWithDefaultPrettyPrinter();
      out.println(writer.writeValueAsString(PackJson.toJson(pack, pages)));
    } else {
      printText(pack, out);
      if (jsonLines) {
        out.println();
      }
    }
    out.flush();
    return 0;
  }

  private static void printText(Pack pack, PrintWriter out) {
    out.printf("%s  (%s, %d pages)%n", pack.source(), pack.kind().key(), pack.pages().size());
    out.printf("Meeting: %s  %s  %s  %s%n", orDash(pack.meeting().committee()), orDash(pack.meeting().date()),
        orDash(pack.meeting().time()), orDash(pack.meeting().venue()));
    if (!pack.agendaItems().isEmpty()) {
      out.println("Agenda:");
      for (AgendaItem a : pack.agendaItems()) {
        out.printf("  %3s  %s  (p. %d)%n", a.number() == null ? "–" : a.number() + ".", a.title(), a.page());
      }
    }
    for (Minutes m : pack.minutes()) {
      out.printf("Minutes of %s, %s (p. %d):%n", orDash(m.committee()), orDash(m.date()), m.page());
      for (MinuteItem i : m.items()) {
        out.printf("  %3s  %s  (p. %d)%n", i.number() == null ? "–" : i.number() + ".", i.title() == null ? "(no heading)" : i.title(),
            i.page());
        for (Resolution r : i.resolutions()) {
          String t = r.text().replace('\n', ' ');
          out.printf("       RESOLVED (p. %d): %s%n", r.page(), t.length() > 160 ? t.substring(0, 160) + "…" : t);
        }
      }
    }
    if (!pack.reports().isEmpty()) {
      out.println("Reports:");
      for (Report r : pack.reports()) {
        out.printf("  p. %-4d %s — %s, %s — by %s%n", r.page(), r.title(), orDash(r.meeting()), orDash(r.meetingDate()),
            orDash(r.reportBy()));
      }
    }
    for (String w : pack.warnings()) {
      out.println("Warning: " + w);
    }
    for (String q : pack.quality()) {
      out.println("Not understood: " + q);
    }
  }

  private static String orDash(Object o) {
    return o == null ? "–" : o.toString();
  }
}
