package org.agendasearch.web.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendasearch.alerts.AlertSender;
import org.agendasearch.search.SearchBackend;
import org.agendasearch.web.AgendaOptions;
import org.agendasearch.web.Backend;
import org.agendasearch.web.alerts.Alerts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code agenda alerts send}: emails every alert that is due. */
@Command(name = "send", mixinStandardHelpOptions = true,
    description = "Email every confirmed alert that is due the records indexed since its last email.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:some alerts could not be sent (each is listed)", "2:no SMTP server set up"})
public final class AlertsSendCommand implements Callable<Integer> {

  @Mixin
  LocationOptions locations;

  @Mixin
  BackendOptions backendOptions;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where the SMTP and database settings come from (a test gives its own). */
  java.util.Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AgendaOptions options = locations.resolve();
    Backend backend = backendOptions.resolve();
    try (SearchBackend search = backend.open(options)) {
      Optional<Alerts> alerts = Alerts.fromEnv(env, options.index(), search);
      if (alerts.isEmpty()) {
        spec.commandLine().getErr().println("agenda alerts send: no alerts sent: no SMTP server is set up "
            + "(set AGENDA_SMTP_HOST, AGENDA_MAIL_FROM and AGENDA_BASE_URL)");
        return 2;
      }
      AlertSender.Report r = alerts.get().sender().sendDue();
      out.printf("%d alerts due, %d emails sent, %d failed%n", r.due(), r.sent(), r.failures().size());
      r.failures().forEach(f -> out.println("  failed: " + f));
      return r.failures().isEmpty() ? 0 : 1;
    }
  }
}
