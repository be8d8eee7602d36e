package org.agendasearch.web;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where things are, resolved once: a flag wins, then the environment ({@code AGENDA_CORPUS},
 * {@code AGENDA_INDEX}, {@code AGENDA_PORT}), then the default ({@code corpus/}, {@code data/index/},
 * 7070).
 */
public record AgendaOptions(Path corpus, Path index, int port) {

  public static final String DEFAULT_CORPUS = "corpus";
  public static final String DEFAULT_INDEX = "data/index";
  public static final int DEFAULT_PORT = 7070;

  /** Resolves each setting from a flag (null when not given), the environment, or the default. */
  public static AgendaOptions resolve(Path corpusFlag, Path indexFlag, Integer portFlag, Map<String, String> env) {
    Path corpus = corpusFlag != null ? corpusFlag : Path.of(env.getOrDefault("AGENDA_CORPUS", DEFAULT_CORPUS));
    Path index = indexFlag != null ? indexFlag : Path.of(env.getOrDefault("AGENDA_INDEX", DEFAULT_INDEX));
    int port = portFlag != null ? portFlag : parsePort(env.get("AGENDA_PORT"));
    return new AgendaOptions(corpus.toAbsolutePath().normalize(), index.toAbsolutePath().normalize(), port);
  }

  private static int parsePort(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int p = Integer.parseInt(value.strip());
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("AGENDA_PORT must be a port number from 0 to 65535, not " + value);
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AGENDA_PORT must be a port number, not \"" + value + "\"", e);
    }
  }
}
