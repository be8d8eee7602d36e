/** The alerts' database: SQLite by default, PostgreSQL to share, one schema migrated by Flyway. */
package org.agendasearch.alerts.store;
