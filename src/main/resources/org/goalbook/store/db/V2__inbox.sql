-- Goalbook notebook, schema 2: the explore inbox. Applied by Migrations in one transaction, which then sets
-- PRAGMA user_version = 2. A schema-1 notebook gains an empty inbox and keeps everything else as it was.

-- Links clipped from newsletters, feeds, e-mails and pages, waiting to be explored, kept for later, attached to an
-- item or dismissed. Entries are never deleted by triage, so clipping the same issue again can tell what it gave.
CREATE TABLE inbox_entry (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL,                      -- the first of urls, tracking parameters removed
    urls       TEXT    NOT NULL DEFAULT '',           -- every link of the entry, one per line, url first
    summary    TEXT    NOT NULL DEFAULT '',
    section    TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL DEFAULT '',
    date       TEXT CHECK (date IS NULL OR date(date) = date),  -- the issue's or post's day, ISO yyyy-mm-dd
    sponsor    INTEGER NOT NULL DEFAULT 0 CHECK (sponsor IN (0, 1)),
    status     TEXT    NOT NULL DEFAULT 'new'
                       CHECK (status IN ('new', 'explored', 'later', 'attached', 'dismissed')),
    clipped_at TEXT    NOT NULL                       -- ISO-8601 instant, UTC
);

CREATE INDEX inbox_by_status ON inbox_entry (status, id);
CREATE INDEX inbox_by_url ON inbox_entry (url);
