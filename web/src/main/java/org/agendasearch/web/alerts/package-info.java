/**
 * Email alerts on the web: the sign-up form's endpoint, the confirmation, unsubscribe and manage
 * pages ({@link org.agendasearch.web.alerts.AlertsController}), and the alerts' set-up from the
 * environment with their schedule ({@link org.agendasearch.web.alerts.Alerts}). What alerts do is in
 * the {@code alerts} module.
 */
package org.agendasearch.web.alerts;
