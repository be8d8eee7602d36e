package org.agendasearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.agendasearch.ingest.corpus.MeetingAuthority;
import org.agendasearch.ingest.corpus.PublishedMeeting;
import org.agendasearch.ingest.extract.ExtractOptions;
import org.agendasearch.ingest.extract.ExtractedText;
import org.agendasearch.ingest.extract.ExtractionException;
import org.agendasearch.ingest.extract.PdfExtractor;
import org.agendasearch.ingest.extract.TesseractOcr;
import org.agendasearch.ingest.extract.TikaExtractor;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.parse.PackParser;

/**
 * The one entry point of ingest: a file in, a {@link Pack} out, or an {@link ExtractionException}
 * saying why the file cannot be read. Thread-safe.
 */
public final class Ingestor {

  /** File name endings we read; anything else in a corpus folder is ignored. */
  public static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "odt", "rtf", "html", "htm", "txt");

  private final PdfExtractor pdf;
  private final TikaExtractor tika = new TikaExtractor();
  private final ExtractOptions options;

  public Ingestor(ExtractOptions options) {
    this.options = options;
    this.pdf = new PdfExtractor(TesseractOcr.onPath());
  }

  public Ingestor() {
    this(ExtractOptions.DEFAULTS);
  }

  /** Whether a file's name says it is a format we read. */
  public static boolean supports(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  /**
   * Reads and parses one file. When a {@code meeting.json} sits beside it (written by {@code agenda
   * fetch}), the council's own record of the meeting is the authority for its committee, date, time
   * and venue, and where the PDF disagrees the pack's quality lines say so.
   */
  public Pack ingest(Path file) throws ExtractionException {
    return ingest(file, sha256(file));
  }

  /**
   * As {@link #ingest(Path)}, with the file's SHA-256 already known ({@link #sha256}): a reindex
   * hashes each file before reading it, and need not hash it twice.
   */
  public Pack ingest(Path file, String sha) throws ExtractionException {
    ExtractedText text = extension(file).equals("pdf") ? pdf.extract(file, options) : tika.extract(file);
    Pack pack = PackParser.parse(file.getFileName().toString(), sha, text.pages(), text.warnings());
    try {
      java.util.Optional<PublishedMeeting> published = PublishedMeeting.beside(file);
      return published.isPresent() ? MeetingAuthority.apply(pack, published.get()) : pack;
    } catch (java.io.IOException e) {
      java.util.List<String> warnings = new java.util.ArrayList<>(pack.warnings());
      warnings.add(e.getMessage());
      return new Pack(pack.source(), pack.sha256(), pack.kind(), pack.meeting(), pack.agendaItems(), pack.minutes(),
          pack.reports(), pack.pages(), warnings, pack.quality());
    }
  }

  /** Hex SHA-256 of the file's bytes, read as a stream. */
  public static String sha256(Path file) throws ExtractionException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Failure.UNREADABLE, "unreadable: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
