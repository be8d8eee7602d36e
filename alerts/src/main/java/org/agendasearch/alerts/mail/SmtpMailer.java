package org.agendasearch.alerts.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends each email as multipart/alternative (plain text, then HTML) through an SMTP server. */
public final class SmtpMailer implements Mailer {

  /** A server that does not answer within this is down: the sending goes on with the next alert. */
  private static final String TIMEOUT_MS = "20000";

  private final MailSettings settings;
  private final Session session;

  public SmtpMailer(MailSettings settings) {
    this.settings = settings;
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", Integer.toString(settings.port()));
    p.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
    p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    p.put("mail.smtp.timeout", TIMEOUT_MS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MS);
    this.session = Session.getInstance(p);
  }

  @Override
  public void send(Email email) {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.from()));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
      m.setSubject(email.subject(), StandardCharsets.UTF_8.name());
      for (var h : email.headers().entrySet()) {
        m.setHeader(h.getKey(), h.getValue());
      }
      MimeBodyPart text = new MimeBodyPart();
      text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
      m.setContent(new MimeMultipart("alternative", text, html));
      m.saveChanges();
      if (settings.user() == null) {
        Transport.send(m);
      } else {
        Transport.send(m, settings.user(), settings.password());
      }
    } catch (MessagingException e) {
      throw new MailException("the mail server " + settings.host() + ":" + settings.port() + " did not take the email to "
          + email.to() + ": " + e.getMessage(), e);
    }
  }
}
