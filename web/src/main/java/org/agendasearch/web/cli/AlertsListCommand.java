package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendasearch.alerts.Alert;
import org.agendasearch.alerts.store.AlertStore;
import org.agendasearch.web.alerts.Alerts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code agenda alerts list}: every alert, for operators. Needs the database, not SMTP. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every alert: address, how often, confirmed or not, emails sent, and its search.")
public final class AlertsListCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where the SMTP and database settings come from (a test gives its own). */
  java.util.Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AlertStore store = AlertStore.open(Alerts.databaseUrl(env, locations.resolve().index()));
    List<Alert> all = store.all();
    out.printf("%d alerts in %s%n", all.size(), store.kind());
    for (Alert a : all) {
      out.printf("%s  %-11s %-11s %3d sent  since %s  %s%n", a.email(), a.frequency().key(),
          a.confirmed() ? "confirmed" : "unconfirmed", a.sentCount(), Instant.ofEpochMilli(a.createdAt()), a.search());
    }
    return 0;
  }
}
