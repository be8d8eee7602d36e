package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated queries and parameters (unbalanced quotes and brackets, lone wildcards,
 * regex slashes, operators, control characters, invalid UTF-8 and dates, negative and huge
 * numbers, very long strings, the whole syntax Lucene's parser accepts) sent to every endpoint that
 * reads what a person types: no answer is a 5xx, none hangs, every answer under /api/ is JSON, and
 * the server still answers afterwards. Seeded, so a failure can be replayed.
 */
class QueryFuzzIT {

  static final long SEED = 20261123L;
  static final int REQUESTS = 3000;
  static final String[] FRAGMENTS = {
      "budget", "colwall", "\"", "\"school", "(", ")", "((", "*", "?", "a*", "*ing", "/", "/re.*gex/", "\\", ":",
      "title:", "committee:", "type:", "type:page", "http://x", "~", "~2", "^", "^99", "[", "]", "{", "}", "[a TO z]",
      "AND", "OR", "NOT", "-", "+", "!", "&&", "||", "\u0000", "\u0007", "\u202e", "\u00e9t\u00e9", "\ud83d\ude00",
      "<script>alert(1)</script>", "'; DROP TABLE x;--", "%", "&", "=", "#", "..", "../../etc/passwd", "\t", "\n",
      "x".repeat(600), "2014/15", "10:15", "\"corporate parenting\"~5", "title:(a OR b)", "*:*", "field:*",
      // The rest of the syntax Lucene's parser accepts: regular expressions (finished or not),
      // ranges, fuzzy edits, boosts, field names, nesting, and typographic quotes and dashes.
      "/ab[c", "\\/ab[c", "\\/", "/(/", "/a{2,}/", "[a TO", "{a TO b]", "[* TO *]", "title:[a TO z}", "~3", "~0.5",
      "~-1", "^-1", "^0", "^abc", "^1e40", "foo:bar", "date:2020", "committee:(", "committee:\"", "type:(page OR",
      "((a OR (b AND -c)))", "-(-x)", "NOT NOT", "\u201Cquoted\u201D", "\u2013word", "\u2018x\u2019", "+-+", "a:b:c"};
  static final String[] PARAMS = {"page", "size", "year", "from", "to", "sort", "committee", "type"};
  static final String[] VALUES = {"-1", "0", "1", "5", "99999999999999999999", "1e9", "abc", "", " ", "2020-02-30",
      "2020-13-01", "0000-00-00", "2020-01-01", "newest", "oldest", "random", "Cabinet", "<b>", "resolution",
      "nonsense", "%ZZ", "\u0000", "9".repeat(400)};
  /** Every endpoint that reads what a person types, in the query or in the path. */
  static final String[] PATHS = {"/api/search", "/api/resolutions", "/search", "/resolutions", "/search.csv",
      "/search.atom", "/resolutions.csv", "/resolutions.atom", "/api/meetings", "/meetings", "/api/committees",
      "/", "/health"};
  static final String[] PATH_PREFIXES = {"/api/meetings/", "/meetings/", "/committees/", "/documents/", "/api/"};

  static SampleServer server;
  static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    server = SampleServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void generated_queries_and_parameters_never_get_a_5xx() throws Exception {
    fuzz(server, REQUESTS);
  }

  /** Sends {@code requests} generated requests to {@code target}: none may be a 5xx or hang. */
  static void fuzz(SampleServer target, int requests) throws Exception {
    SplittableRandom r = new SplittableRandom(SEED);
    List<String> failures = new ArrayList<>();
    int[] byClass = new int[6];
    for (int i = 0; i < requests; i++) {
      String path = target(r);
      int status;
      String[] answer;
      try {
        answer = rawGet(target, path);
        status = Integer.parseInt(answer[0]);
      } catch (java.net.SocketTimeoutException e) {
        failures.add("timeout: " + path);
        continue;
      }
      byClass[status / 100]++;
      if (status >= 500) {
        failures.add(status + " " + path);
      }
      if (path.startsWith("/api/") && !answer[1].contains("application/json")) {
        failures.add(status + " not JSON (" + answer[1] + "): " + path);
      }
    }
    System.out.printf("Fuzzed %d requests: 2xx %d, 4xx %d, 5xx %d%n", requests, byClass[2], byClass[4], byClass[5]);
    assertThat(failures).isEmpty();
    assertThat(byClass[2]).isPositive();
    assertThat(byClass[4]).isPositive();
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
        URI.create(target.url("/health"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  /**
   * Sends a GET with the request target exactly as given (any bytes, malformed escapes included,
   * which java.net.URI would refuse) and returns the status code.
   */
  private static String[] rawGet(SampleServer server, String target) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      java.io.BufferedReader in = new java.io.BufferedReader(
          new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      String statusLine = in.readLine();
      String type = "";
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          type = line;
        }
      }
      while (in.read() >= 0) {
        // drain the body so the server finishes writing
      }
      return new String[] {statusLine.split(" ")[1], type};
    }
  }

  private static String target(SplittableRandom r) {
    StringBuilder q = new StringBuilder();
    int words = 1 + r.nextInt(5);
    for (int w = 0; w < words; w++) {
      q.append(w == 0 ? "" : r.nextBoolean() ? " " : "").append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    if (r.nextInt(5) == 0) {
      // A path parameter: a meeting id, committee slug or document name as typed.
      String fragment = FRAGMENTS[r.nextInt(FRAGMENTS.length)];
      return PATH_PREFIXES[r.nextInt(PATH_PREFIXES.length)]
          + (r.nextInt(8) == 0 ? "%zz" + fragment.length() : enc(fragment).replace("+", "%20"));
    }
    StringBuilder url = new StringBuilder(PATHS[r.nextInt(PATHS.length)] + "?q=");
    url.append(r.nextInt(10) == 0 ? "%C3%28%FF" : enc(q.toString())); // sometimes invalid UTF-8
    int params = r.nextInt(4);
    for (int p = 0; p < params; p++) {
      String value = VALUES[r.nextInt(VALUES.length)];
      url.append('&').append(PARAMS[r.nextInt(PARAMS.length)]).append('=')
          .append(value.equals("%ZZ") ? value : enc(value));
    }
    return url.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
