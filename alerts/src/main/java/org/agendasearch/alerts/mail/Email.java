package org.agendasearch.alerts.mail;

import java.util.Map;

/**
 * One email to send: both parts say the same, {@code headers} are added as they are
 * ({@code List-Unsubscribe}).
 */
public record Email(String to, String subject, String text, String html, Map<String, String> headers) {

  public Email {
    headers = Map.copyOf(headers);
  }
}
