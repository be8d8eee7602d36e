/**
 * Email alerts for any search: who asked for which search ({@link org.agendasearch.alerts.Alert}),
 * the sign-up, confirmation and unsubscribe flows ({@link org.agendasearch.alerts.AlertService}) and
 * the sending of what is new ({@link org.agendasearch.alerts.AlertSender}). Knows the search backend,
 * the database ({@code store}) and SMTP ({@code mail}); not HTTP.
 */
package org.agendasearch.alerts;
