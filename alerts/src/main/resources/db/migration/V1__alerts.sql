-- Email alerts. One schema for SQLite and PostgreSQL: only types and statements both read alike.
-- Times are epoch milliseconds (BIGINT), ids and tokens text made in Java.

-- One saved search of one address.
CREATE TABLE alert (
  id VARCHAR(32) PRIMARY KEY,          -- random; appears only on the manage page's delete buttons
  email VARCHAR(320) NOT NULL,         -- as given, lower-cased
  search VARCHAR(2000) NOT NULL,       -- the search as its URL says it: "/search?q=bus+lane&committee=Cabinet"
  frequency VARCHAR(16) NOT NULL,      -- immediately, daily, weekly
  created_at BIGINT NOT NULL,
  confirmed_at BIGINT,                 -- null until the confirmation link is followed: nothing is sent before
  checked_at BIGINT NOT NULL,          -- records first indexed after this are new to the alert
  sent_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (email, search, frequency)    -- asking twice for the same alert makes no second one
);
CREATE INDEX alert_email ON alert (email);

-- Tokens sent in links. Only their SHA-256 is kept: a copy of the database opens no one's alerts.
CREATE TABLE token (
  hash CHAR(64) PRIMARY KEY,
  purpose VARCHAR(16) NOT NULL,        -- confirm, unsubscribe, manage
  email VARCHAR(320) NOT NULL,
  alert_id VARCHAR(32),                -- confirm and unsubscribe: the alert; manage: null (every alert of email)
  expires_at BIGINT NOT NULL
);
CREATE INDEX token_alert ON token (alert_id);

-- Sign-ups asked for, kept a day, to limit them per address and per client address.
CREATE TABLE signup (
  email VARCHAR(320) NOT NULL,
  client VARCHAR(64) NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX signup_at ON signup (at);
