/** Alert emails as plain text and HTML, and their sending over SMTP (Jakarta Mail, Eclipse Angus). */
package org.agendasearch.alerts.mail;
