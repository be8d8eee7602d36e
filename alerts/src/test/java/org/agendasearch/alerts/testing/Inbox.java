package org.agendasearch.alerts.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendasearch.alerts.mail.MailSettings;

/** A real SMTP server in the test JVM (GreenMail) on a free port, and what it received. */
public final class Inbox implements AutoCloseable {

  private final GreenMail server;

  public Inbox() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
  }

  /** The SMTP port it listens on (127.0.0.1). */
  public int port() {
    return server.getSmtp().getPort();
  }

  /** Settings that send to this server, links on {@code baseUrl}. */
  public MailSettings settings(String baseUrl) {
    return new MailSettings("127.0.0.1", server.getSmtp().getPort(), null, null, false, "alerts@agenda.test", baseUrl);
  }

  /** Every message received so far, oldest first (SMTP has answered for each before this returns). */
  public List<MimeMessage> messages() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** A message's part of this type ("text/plain", "text/html"), its lines ending "\n" (SMTP sends "\r\n"). */
  public static String part(MimeMessage m, String type) {
    try {
      Multipart mp = (Multipart) m.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        if (p.isMimeType(type)) {
          return ((String) p.getContent()).replace("\r\n", "\n");
        }
      }
      throw new AssertionError("no " + type + " part in " + m.getSubject());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The first link in a plain-text part that starts with {@code prefix}. */
  public static String link(MimeMessage m, String prefix) {
    Matcher x = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(part(m, "text/plain"));
    if (!x.find()) {
      throw new AssertionError("no link starting " + prefix + " in:\n" + part(m, "text/plain"));
    }
    return x.group();
  }

  @Override
  public void close() {
    server.stop();
  }
}
