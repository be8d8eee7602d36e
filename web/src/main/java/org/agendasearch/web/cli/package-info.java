/** The {@code agenda} command: one picocli class per subcommand. */
package org.agendasearch.web.cli;
