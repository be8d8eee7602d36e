package org.agendasearch.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds search URLs from the current state, so that the URL always carries the whole search
 * (permalinks, the back button) and facets are plain links that work without JavaScript.
 */
public final class SearchLinks {

  private final String path;
  private final Map<String, List<String>> params;

  public SearchLinks(String path, Map<String, List<String>> params) {
    this.path = path;
    this.params = new LinkedHashMap<>();
    params.forEach((k, v) -> this.params.put(k, new ArrayList<>(v.stream().filter(s -> !s.isBlank()).toList())));
  }

  /** Whether {@code name=value} is set now. */
  public boolean has(String name, String value) {
    return params.getOrDefault(name, List.of()).stream().anyMatch(v -> v.equalsIgnoreCase(value));
  }

  /** The URL with {@code name=value} added, or removed if present; back to page 1. */
  public String toggle(String name, String value) {
    Map<String, List<String>> p = copy();
    List<String> values = p.computeIfAbsent(name, k -> new ArrayList<>());
    if (!values.removeIf(v -> v.equalsIgnoreCase(value))) {
      values.add(value);
    }
    p.remove("page");
    return url(p);
  }

  /** The URL with {@code name} set to one value (or removed when null). */
  public String with(String name, String value) {
    Map<String, List<String>> p = copy();
    p.remove(name);
    if (value != null) {
      p.put(name, new ArrayList<>(List.of(value)));
    }
    if (!name.equals("page")) {
      p.remove("page");
    }
    return url(p);
  }

  /** A filter set now, in words, with the URL that removes it (and keeps the rest). */
  public record ActiveFilter(String name, String value, String label, String removeUrl) {}

  /**
   * The filters set now among {@code names}, in that order, each labelled by {@code label}
   * (given the parameter and its value) and with a one-click remove.
   */
  public List<ActiveFilter> active(List<String> names, java.util.function.BiFunction<String, String, String> label) {
    List<ActiveFilter> out = new ArrayList<>();
    for (String name : names) {
      for (String v : params.getOrDefault(name, List.of())) {
        out.add(new ActiveFilter(name, v, label.apply(name, v), toggle(name, v)));
      }
    }
    return out;
  }

  /** The URL with every filter removed: only the words and the sort stay. */
  public String clearAll() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (String keep : List.of("q", "sort")) {
      if (params.containsKey(keep)) {
        p.put(keep, params.get(keep));
      }
    }
    return url(p);
  }

  /** The same search under another path ({@code /search.csv}). */
  public String at(String otherPath) {
    return new SearchLinks(otherPath, params).url(params);
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    params.forEach((k, v) -> p.put(k, new ArrayList<>(v)));
    return p;
  }

  private String url(Map<String, List<String>> p) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : p.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
        sep = '&';
      }
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
