package org.agendasearch.alerts.mail;

/** Sends emails: {@link SmtpMailer} over SMTP. */
@FunctionalInterface
public interface Mailer {

  /** Sends one email; throws {@link MailException} when the server does not take it. */
  void send(Email email);

  /** The mail server refused or could not be reached. */
  final class MailException extends RuntimeException {
    public MailException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
