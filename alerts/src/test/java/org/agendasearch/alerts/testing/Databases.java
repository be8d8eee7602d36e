package org.agendasearch.alerts.testing;

import java.nio.file.Path;
import org.agendasearch.alerts.store.AlertStore;

/** The two databases alerts run on, for parameterized tests: {@code @ValueSource(strings = {"sqlite", "postgresql"})}. */
public final class Databases {

  private Databases() {}

  /** A new, empty JDBC database of that kind ({@code tmp} holds the SQLite file). */
  public static String url(String kind, Path tmp) {
    return switch (kind) {
      case "sqlite" -> AlertStore.sqlite(tmp);
      case "postgresql" -> LocalPostgres.newDatabase();
      default -> throw new IllegalArgumentException("no database kind " + kind);
    };
  }
}
