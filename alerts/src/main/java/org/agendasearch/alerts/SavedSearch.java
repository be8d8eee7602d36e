package org.agendasearch.alerts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A search as its address says it: the page ({@code /search} or {@code /resolutions}) and its
 * parameters in order, without {@code page} (an alert sends its first page of new records).
 */
public record SavedSearch(String path, Map<String, List<String>> params) {

  /** The pages whose searches can be followed. */
  public static final List<String> PATHS = List.of("/search", "/resolutions");
  /** Longer than any search a person types (a query may be 1000 characters, filters aside). */
  public static final int MAX_LENGTH = 2000;

  public SavedSearch {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!k.equals("page") && !k.equals("size")) {
        List<String> values = v.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (!values.isEmpty()) {
          copy.put(k, values);
        }
      }
    });
    params = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * "/search?q=bus+lane&committee=Cabinet" read back; throws {@link IllegalArgumentException} with a
   * sentence for anything else.
   */
  public static SavedSearch parse(String address) {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("Say which search to follow.");
    }
    if (address.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("That search is too long to follow (at most " + MAX_LENGTH + " characters).");
    }
    int q = address.indexOf('?');
    String path = q < 0 ? address : address.substring(0, q);
    if (!PATHS.contains(path)) {
      throw new IllegalArgumentException("Only searches of /search or /resolutions can be followed.");
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : address.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    return new SavedSearch(path, params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("That search's address is not well formed (" + e.getMessage() + ").");
    }
  }

  /** The words searched for, or "" for a search by filters only. */
  public String words() {
    List<String> q = params.getOrDefault("q", List.of());
    return q.isEmpty() ? "" : q.get(0);
  }

  /** The search in words, for an email: {@code "bus lane", committee Cabinet, year 2015}. */
  public String describe() {
    StringJoiner out = new StringJoiner(", ");
    String what = path.equals("/resolutions") ? "resolutions" : "";
    if (!words().isEmpty()) {
      out.add((what.isEmpty() ? "" : what + " ") + "\"" + words() + "\"");
    } else {
      out.add(what.isEmpty() ? "everything" : "every resolution");
    }
    params.forEach((k, values) -> {
      if (!k.equals("q") && !k.equals("sort")) {
        out.add(k + " " + String.join(" or ", values));
      }
    });
    return out.toString();
  }

  /** The address again, the parameters in their order: the form of the search an alert keeps. */
  @Override
  public String toString() {
    StringJoiner query = new StringJoiner("&");
    params.forEach((k, values) -> values.forEach(v -> query.add(encode(k) + "=" + encode(v))));
    return query.length() == 0 ? path : path + "?" + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
