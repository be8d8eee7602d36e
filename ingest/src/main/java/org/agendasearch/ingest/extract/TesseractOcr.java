package org.agendasearch.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * OCR through the {@code tesseract} command (Debian package {@code tesseract-ocr}). We call the
 * command rather than bind a native library so that a missing or crashing Tesseract costs one
 * page's text and a warning, never the JVM.
 */
public final class TesseractOcr {

  private final String command;

  public TesseractOcr(String command) {
    this.command = command;
  }

  /** Tesseract on the PATH. */
  public static TesseractOcr onPath() {
    return new TesseractOcr(System.getProperty("agenda.tesseract", "tesseract"));
  }

  /** True when the command answers {@code --version}. */
  public boolean available() {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The text Tesseract reads in the image (English), or an IOException saying why not. */
  public String read(BufferedImage image, Duration timeout) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    ProcessBuilder pb = new ProcessBuilder(List.of(command, "stdin", "stdout", "-l", "eng", "--psm", "3"))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    // Tesseract's OpenMP threads fight each other and our own parse threads: one page, one thread
    // is ten times faster on a 2-core machine (measured: 1.7 s against 18 s a page).
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(png.toByteArray());
    }
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException("tesseract exited with code " + p.exitValue());
      }
      return new String(out.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for tesseract", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("could not read tesseract's output", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
