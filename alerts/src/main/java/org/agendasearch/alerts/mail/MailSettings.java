package org.agendasearch.alerts.mail;

import java.util.Map;
import java.util.Optional;

/**
 * Where alert emails go out, from the environment: {@code AGENDA_SMTP_HOST} (none: no alerts),
 * {@code AGENDA_SMTP_PORT} (587), {@code AGENDA_SMTP_USER} and {@code AGENDA_SMTP_PASSWORD} (none: no
 * login), {@code AGENDA_SMTP_STARTTLS} (true unless "false"), {@code AGENDA_MAIL_FROM} (required with
 * a host), and {@code AGENDA_BASE_URL}, the public address the links in emails start with.
 */
public record MailSettings(String host, int port, String user, String password, boolean startTls, String from,
    String baseUrl) {

  /** The settings in {@code env}, or empty when no SMTP host is set; throws with a sentence for a bad value. */
  public static Optional<MailSettings> fromEnv(Map<String, String> env) {
    String host = blankToNull(env.get("AGENDA_SMTP_HOST"));
    if (host == null) {
      return Optional.empty();
    }
    String portText = env.getOrDefault("AGENDA_SMTP_PORT", "587").strip();
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AGENDA_SMTP_PORT must be a port number, not \"" + portText + "\"");
    }
    String from = blankToNull(env.get("AGENDA_MAIL_FROM"));
    if (from == null) {
      throw new IllegalArgumentException("AGENDA_MAIL_FROM must say whom alert emails are from when AGENDA_SMTP_HOST is set");
    }
    String base = blankToNull(env.get("AGENDA_BASE_URL"));
    if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
      throw new IllegalArgumentException("AGENDA_BASE_URL must be the site's public address (https://...) when "
          + "AGENDA_SMTP_HOST is set: the links in alert emails start with it");
    }
    return Optional.of(new MailSettings(host, port, blankToNull(env.get("AGENDA_SMTP_USER")),
        blankToNull(env.get("AGENDA_SMTP_PASSWORD")), !"false".equalsIgnoreCase(env.getOrDefault("AGENDA_SMTP_STARTTLS", "true").strip()),
        from, base.replaceAll("/+$", "")));
  }

  /** For logs: never the password. */
  @Override
  public String toString() {
    return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port + (startTls ? " (STARTTLS)" : "")
        + " from " + from + ", links to " + baseUrl;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
