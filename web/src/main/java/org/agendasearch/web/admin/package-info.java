/** Admin endpoints (reindex from the server), behind a token; disabled when none is configured. */
package org.agendasearch.web.admin;
