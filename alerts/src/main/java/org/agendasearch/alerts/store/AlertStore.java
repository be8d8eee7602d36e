package org.agendasearch.alerts.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendasearch.alerts.Alert;
import org.agendasearch.alerts.Frequency;
import org.flywaydb.core.Flyway;

/**
 * The alerts' tables, through JDBC: SQLite by default (one file, {@link #sqlite}), PostgreSQL when
 * several servers share the alerts ({@code jdbc:postgresql://...}). {@link #open} brings the schema up
 * to date with Flyway ({@code db/migration}), so a new version's server migrates the database it
 * finds. A connection per call: SQLite serialises writers itself, PostgreSQL has its own pool.
 */
public final class AlertStore {

  /** What a token in a link is for. */
  public enum Purpose { CONFIRM, UNSUBSCRIBE, MANAGE }

  /** A live token: for which address and, but for manage tokens, which alert. */
  public record Token(Purpose purpose, String email, String alertId) {}

  private static final String COLUMNS = "id, email, search, frequency, created_at, confirmed_at, checked_at, sent_count";

  private final String url;

  private AlertStore(String url) {
    this.url = url;
  }

  /** The JDBC address of the SQLite file {@code alerts.db} in {@code dataFolder}. */
  public static String sqlite(Path dataFolder) {
    return "jdbc:sqlite:" + dataFolder.toAbsolutePath().normalize().resolve("alerts.db");
  }

  /** The store at a JDBC address ({@code jdbc:sqlite:...} or {@code jdbc:postgresql://...}), migrated. */
  public static AlertStore open(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      try {
        Path parent = Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent();
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    return new AlertStore(url);
  }

  /** "sqlite" or "postgresql", for logs. */
  public String kind() {
    return url.startsWith("jdbc:sqlite:") ? "sqlite" : url.startsWith("jdbc:postgresql:") ? "postgresql" : "jdbc";
  }

  public void insert(Alert a) {
    update("INSERT INTO alert (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.email(), a.search(),
        a.frequency().key(), a.createdAt(), a.confirmedAt(), a.checkedAt(), a.sentCount());
  }

  public Optional<Alert> find(String email, String search, Frequency frequency) {
    return alerts("WHERE email = ? AND search = ? AND frequency = ?", email, search, frequency.key()).stream().findFirst();
  }

  public Optional<Alert> get(String id) {
    return alerts("WHERE id = ?", id).stream().findFirst();
  }

  /** An address's alerts, oldest first. */
  public List<Alert> byEmail(String email) {
    return alerts("WHERE email = ? ORDER BY created_at, id", email);
  }

  /** Every alert, by address then age (for operators). */
  public List<Alert> all() {
    return alerts("ORDER BY email, created_at, id");
  }

  /** Every confirmed alert: those that may send. */
  public List<Alert> confirmed() {
    return alerts("WHERE confirmed_at IS NOT NULL ORDER BY created_at, id");
  }

  /** Confirms an alert: from now on it sends what is indexed after {@code now}. Its confirm tokens go. */
  public void confirm(String id, long now) {
    update("UPDATE alert SET confirmed_at = ?, checked_at = ? WHERE id = ? AND confirmed_at IS NULL", now, now, id);
    update("DELETE FROM token WHERE alert_id = ? AND purpose = ?", id, Purpose.CONFIRM.name());
  }

  /**
   * Moves an alert's "checked" instant from {@code from} to {@code to}, if no one else has: of two
   * servers sending the same alert at once, one gets true and sends, the other false.
   */
  public boolean claim(String id, long from, long to) {
    return update("UPDATE alert SET checked_at = ? WHERE id = ? AND checked_at = ?", to, id, from) == 1;
  }

  /** Counts an email sent. */
  public void sent(String id) {
    update("UPDATE alert SET sent_count = sent_count + 1 WHERE id = ?", id);
  }

  /** Deletes an alert and its tokens. */
  public boolean delete(String id) {
    update("DELETE FROM token WHERE alert_id = ?", id);
    return update("DELETE FROM alert WHERE id = ?", id) == 1;
  }

  public void addToken(String hash, Purpose purpose, String email, String alertId, long expiresAt) {
    update("INSERT INTO token (hash, purpose, email, alert_id, expires_at) VALUES (?, ?, ?, ?, ?)", hash,
        purpose.name(), email, alertId, expiresAt);
  }

  /** Whether an alert has a confirmation link that still works at {@code now}. */
  public boolean hasLiveConfirmToken(String alertId, long now) {
    return count("SELECT COUNT(*) FROM token WHERE alert_id = ? AND purpose = ? AND expires_at > ?", alertId,
        Purpose.CONFIRM.name(), now) > 0;
  }

  /** The token of this hash and purpose, unless it has expired. */
  public Optional<Token> token(String hash, Purpose purpose, long now) {
    return query("SELECT purpose, email, alert_id FROM token WHERE hash = ? AND purpose = ? AND expires_at > ?",
        rs -> new Token(Purpose.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), hash, purpose.name(), now)
        .stream().findFirst();
  }

  public void recordSignUp(String email, String client, long now) {
    update("INSERT INTO signup (email, client, at) VALUES (?, ?, ?)", email, client, now);
  }

  public int signUpsByEmail(String email, long since) {
    return count("SELECT COUNT(*) FROM signup WHERE email = ? AND at > ?", email, since);
  }

  public int signUpsByClient(String client, long since) {
    return count("SELECT COUNT(*) FROM signup WHERE client = ? AND at > ?", client, since);
  }

  /**
   * Deletes alerts never confirmed and created before {@code unconfirmedBefore}, expired tokens and
   * sign-ups older than {@code signUpsBefore}; returns the number of alerts deleted.
   */
  public int purge(long unconfirmedBefore, long now, long signUpsBefore) {
    update("DELETE FROM token WHERE alert_id IN (SELECT id FROM alert WHERE confirmed_at IS NULL AND created_at < ?)",
        unconfirmedBefore);
    int alerts = update("DELETE FROM alert WHERE confirmed_at IS NULL AND created_at < ?", unconfirmedBefore);
    update("DELETE FROM token WHERE expires_at <= ?", now);
    update("DELETE FROM signup WHERE at < ?", signUpsBefore);
    return alerts;
  }

  private List<Alert> alerts(String where, Object... args) {
    return query("SELECT " + COLUMNS + " FROM alert " + where, rs -> new Alert(rs.getString(1), rs.getString(2),
        rs.getString(3), Frequency.ofKey(rs.getString(4)), rs.getLong(5), (Long) nullable(rs.getLong(6), rs.wasNull()),
        rs.getLong(7), rs.getInt(8)), args);
  }

  private static Object nullable(long value, boolean wasNull) {
    return wasNull ? null : value;
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new AlertStoreException(sql, e);
    }
  }

  private int count(String sql, Object... args) {
    return query(sql, rs -> rs.getInt(1), args).get(0);
  }

  private int update(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new AlertStoreException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        ps.setNull(i + 1, java.sql.Types.NULL); // of no type: PostgreSQL takes it for any column
      } else {
        ps.setObject(i + 1, args[i]);
      }
    }
    return ps;
  }

  /** The database refused a statement (it is down, full, or its schema is not ours). */
  public static final class AlertStoreException extends RuntimeException {
    AlertStoreException(String sql, SQLException cause) {
      super("the alerts database refused \"" + sql.split(" ", 3)[0] + " ...\": " + cause.getMessage(), cause);
    }
  }
}
