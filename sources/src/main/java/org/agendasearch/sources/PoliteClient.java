package org.agendasearch.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP for fetching from one council's site, politely and safely: only http(s) addresses on that
 * site's host; one request at a time per host with a pause between requests; a User-Agent that
 * names the project and a contact; robots.txt respected; timeouts; retries with a growing pause on
 * a 5xx or a timeout; a size cap on every answer.
 */
public final class PoliteClient {

  /** Web-service XML and meeting pages larger than this are refused. */
  static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

  /** When each host was last asked, shared by every client: one request at a time per host. */
  private static final Map<String, Object> HOST_LOCKS = new ConcurrentHashMap<>();
  private static final Map<String, Long> LAST_REQUEST = new ConcurrentHashMap<>();

  private final FetchOptions options;
  private final URI base;
  private final HttpClient http;
  private List<String> disallowed;

  /** A client for the site at {@code base} ("https://democracy.example.gov.uk"). */
  public PoliteClient(FetchOptions options, URI base) {
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new IllegalArgumentException("a council's site is an http(s) address, not \"" + base + "\"");
    }
    this.options = options;
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The site's address. */
  public URI base() {
    return base;
  }

  /** An address on the site: {@code path} resolved against its base ("mgWebService.asmx/GetCommittees"). */
  public URI resolve(String path) {
    String b = base.toString().endsWith("/") ? base.toString() : base + "/";
    return URI.create(b).resolve(path);
  }

  /** The text at {@code uri} (XML or HTML), or why not. */
  public String text(URI uri) throws SourceException {
    HttpResponse<InputStream> r = send(uri);
    try (InputStream in = r.body()) {
      byte[] body = in.readNBytes((int) MAX_PAGE_BYTES + 1);
      if (body.length > MAX_PAGE_BYTES) {
        throw new SourceException("the page at " + uri + " is larger than " + MAX_PAGE_BYTES + " bytes");
      }
      return new String(body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceException("reading " + uri + " failed: " + e.getMessage());
    }
  }

  /** A downloaded file: its size and SHA-256. */
  public record Download(long bytes, String sha256) {}

  /**
   * Downloads the PDF at {@code uri} into {@code target} (which the caller moves into place); refuses
   * an answer that is not a PDF (a login or error page) or is larger than the cap.
   */
  public Download pdf(URI uri, Path target) throws SourceException {
    HttpResponse<InputStream> r = send(uri);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    long n = 0;
    try (InputStream in = r.body(); OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
      byte[] head = in.readNBytes(5);
      if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
        String type = r.headers().firstValue("content-type").orElse("no content type");
        throw new SourceException("not a PDF (" + type + ", starts \"" + printable(head) + "\"): a login or error page?");
      }
      out.write(head);
      n = head.length;
      byte[] buf = new byte[64 * 1024];
      for (int k; (k = in.read(buf)) > 0; ) {
        n += k;
        if (n > options.maxFileBytes()) {
          throw new SourceException("larger than the cap of " + options.maxFileBytes() + " bytes");
        }
        out.write(buf, 0, k);
      }
    } catch (IOException e) {
      throw new SourceException("download interrupted after " + n + " bytes: " + e.getMessage());
    }
    return new Download(n, HexFormat.of().formatHex(sha.digest()));
  }

  private static String printable(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?");
  }

  /** Redirects followed at most, each checked as the first address is (the council's host only). */
  static final int MAX_REDIRECTS = 5;

  /** One GET, following redirects on the council's site (http to https, a moved page), checked at every hop. */
  private HttpResponse<InputStream> send(URI uri) throws SourceException {
    URI at = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<InputStream> r = sendOnce(at);
      int s = r.statusCode();
      if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) {
        return r;
      }
      close(r);
      String location = r.headers().firstValue("location").orElse(null);
      if (location == null) {
        throw new SourceException("HTTP " + s + " from " + at + " with no Location", s);
      }
      try {
        at = at.resolve(location.strip().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        throw new SourceException("HTTP " + s + " from " + at + " to a bad address: " + location, s);
      }
    }
    throw new SourceException("more than " + MAX_REDIRECTS + " redirects from " + uri);
  }

  private static void close(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException e) {
      // the answer is not read: nothing to lose
    }
  }

  /** One GET without following redirects, with the site checks, the pause, retries and the status check. */
  private HttpResponse<InputStream> sendOnce(URI uri) throws SourceException {
    checkAllowed(uri);
    SourceException last = null;
    for (int attempt = 0; attempt <= options.retries(); attempt++) {
      if (attempt > 0) {
        pause(options.backoff().multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
      try {
        HttpResponse<InputStream> r = politely(uri);
        if (r.statusCode() == 200 || (r.statusCode() >= 300 && r.statusCode() < 400)) {
          return r;
        }
        close(r);
        last = new SourceException("HTTP " + r.statusCode() + " from " + uri, r.statusCode());
        if (r.statusCode() < 500) {
          throw last; // a 403 or 404 will not change on asking again
        }
      } catch (HttpTimeoutException e) {
        last = new SourceException("no answer from " + uri + " within " + options.timeout().toSeconds() + " s");
      } catch (IOException e) {
        // Refused or unknown host: asking again will not help (retries are for timeouts and 5xx).
        throw new SourceException("could not reach " + uri + ": "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
    throw last;
  }

  private HttpResponse<InputStream> politely(URI uri) throws IOException {
    Object lock = HOST_LOCKS.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new Object());
    synchronized (lock) {
      String key = uri.getHost() + ":" + uri.getPort();
      Long last = LAST_REQUEST.get(key);
      if (last != null) {
        long waitNanos = last + options.delay().toNanos() - System.nanoTime();
        if (waitNanos > 0) {
          pause(Duration.ofNanos(waitNanos));
        }
      }
      try {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(options.timeout())
            .header("User-Agent", options.userAgent()).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        LAST_REQUEST.put(key, System.nanoTime());
      }
    }
  }

  /** Only the council's own host, over http(s), and only where its robots.txt lets us. */
  private void checkAllowed(URI uri) throws SourceException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new SourceException("not an http(s) address: " + uri);
    }
    if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost()) || uri.getPort() != base.getPort()) {
      throw new SourceException("not on the council's site (" + base.getHost() + "): " + uri);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    for (String prefix : robots()) {
      if (path.startsWith(prefix)) {
        throw new SourceException("robots.txt of " + base.getHost() + " disallows " + path);
      }
    }
  }

  /** The Disallow prefixes of robots.txt for every agent or ours; none when it has none or cannot be read. */
  private synchronized List<String> robots() {
    if (disallowed == null) {
      disallowed = List.of(); // while robots.txt itself is being asked for
      try {
        HttpResponse<InputStream> r = politely(resolve("/robots.txt"));
        try (InputStream in = r.body()) {
          byte[] body = in.readNBytes(512 * 1024);
          disallowed = r.statusCode() == 200 ? Robots.disallowed(new String(body, StandardCharsets.UTF_8)) : List.of();
        }
      } catch (IOException e) {
        disallowed = List.of();
      }
    }
    return disallowed;
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** robots.txt read as far as we need: the Disallow lines of the groups for "*" and for AgendaSearch. */
  static final class Robots {
    private Robots() {}

    static List<String> disallowed(String robotsTxt) {
      List<String> out = new ArrayList<>();
      boolean ours = false;
      boolean inAgents = false;
      for (String raw : robotsTxt.split("\r?\n")) {
        String line = raw.replaceFirst("#.*", "").strip();
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (field.equals("user-agent")) {
          boolean match = value.equals("*") || value.toLowerCase(Locale.ROOT).startsWith("agendasearch");
          ours = inAgents ? ours || match : match;
          inAgents = true;
        } else {
          inAgents = false;
          if (ours && field.equals("disallow") && !value.isEmpty()) {
            out.add(value);
          }
        }
      }
      return List.copyOf(out);
    }
  }
}
