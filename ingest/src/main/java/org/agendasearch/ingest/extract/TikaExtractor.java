package org.agendasearch.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.agendasearch.ingest.model.Page;
import org.xml.sax.SAXException;

/**
 * Word, OpenDocument, HTML and plain text through Tika. These formats have no fixed pages, so the
 * text becomes one page (or one per form feed, where the format keeps them).
 */
public final class TikaExtractor {

  /** Characters read from one document at most; the rest is reported, not buffered. */
  static final int MAX_CHARS = 20_000_000;

  public ExtractedText extract(Path file) throws ExtractionException {
    List<String> warnings = new ArrayList<>();
    try {
      if (Files.size(file) == 0) {
        throw new ExtractionException(ExtractionException.Failure.EMPTY, "empty: the file has no content (0 bytes)");
      }
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Failure.UNREADABLE, "unreadable: " + PdfExtractor.oneLine(e), e);
    }
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = Files.newInputStream(file)) {
      new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(ExtractionException.Failure.ENCRYPTED, "encrypted: the document needs a password to open");
    } catch (SAXException e) {
      warnings.add("limit: only the first " + MAX_CHARS + " characters were read");
    } catch (TikaException e) {
      throw new ExtractionException(ExtractionException.Failure.UNSUPPORTED,
          "unsupported: Tika could not read the file (" + PdfExtractor.oneLine(e) + ")", e);
    } catch (IOException e) {
      throw new ExtractionException(ExtractionException.Failure.UNREADABLE, "unreadable: " + PdfExtractor.oneLine(e), e);
    }
    String[] parts = handler.toString().split("\f");
    List<Page> pages = new ArrayList<>();
    for (String part : parts) {
      pages.add(new Page(pages.size() + 1, part.strip(), false));
    }
    if (pages.stream().allMatch(p -> p.text().isBlank())) {
      throw new ExtractionException(ExtractionException.Failure.EMPTY, "empty: the document has no text");
    }
    return new ExtractedText(pages, warnings);
  }
}
