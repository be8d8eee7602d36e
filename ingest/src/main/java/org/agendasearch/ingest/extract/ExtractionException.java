package org.agendasearch.ingest.extract;

/** A file whose text could not be read at all, with a reason a person can act on. */
public final class ExtractionException extends Exception {

  /** Why a file could not be read; each has its own exit code on the command line. */
  public enum Failure {
    /** The file has no bytes. */
    EMPTY(3),
    /** Not a PDF nor any other format we read. */
    UNSUPPORTED(4),
    /** Needs a password to open. */
    ENCRYPTED(5),
    /** Damaged past repair: not one page could be read. */
    CORRUPT(6),
    /** The file could not be read from disk. */
    UNREADABLE(7),
    /** Stopped because it went past a limit (time, pages). */
    LIMIT(8);

    private final int exitCode;

    Failure(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }

    /** The lower-case name used in reports ("encrypted"). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Failure failure;

  public ExtractionException(Failure failure, String message) {
    super(message);
    this.failure = failure;
  }

  public ExtractionException(Failure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
