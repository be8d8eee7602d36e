package org.agendasearch.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agenda alerts send|list}: the email alerts, for operators and for cron. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = {"Email alerts. 'send' emails what is due (a server does so after each reindex and every "
        + "15 minutes); 'list' shows every alert.",
        "Mail goes through AGENDA_SMTP_HOST; alerts are kept in AGENDA_DB_URL or data/alerts.db."},
    subcommands = {AlertsSendCommand.class, AlertsListCommand.class})
public final class AlertsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
