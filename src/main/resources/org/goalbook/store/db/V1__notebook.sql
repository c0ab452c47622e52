-- Goalbook notebook, schema 1. Applied by Migrations in one transaction, which then sets PRAGMA user_version = 1.

-- Marks the file as a Goalbook notebook ("GBOK"), so a foreign SQLite file is recognised and never touched.
PRAGMA application_id = 1195528011; -- 0x47424F4B

-- The journal's front matter and other notebook-wide settings, one value per key.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per outline node. AUTOINCREMENT: an id is never handed out twice, so an undo or redo that re-inserts a
-- removed node under its old id can never collide with a node made in between.
CREATE TABLE node (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id       INTEGER REFERENCES node (id) ON DELETE CASCADE,  -- NULL at the top level
    position        INTEGER NOT NULL CHECK (position >= 0),
    kind            TEXT    NOT NULL CHECK (kind IN ('PAGE', 'YEAR', 'STRATEGIC', 'TACTICAL', 'GOAL', 'AREA', 'TOPIC',
                                                     'STANCE_LINE', 'ITEM')),
    name            TEXT    NOT NULL DEFAULT '',
    stance          TEXT CHECK (stance IN ('MAINTAIN', 'IMPROVE', 'EXPLORE', 'SKIP')),
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_on         TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),  -- ISO yyyy-mm-dd
    link            TEXT,
    notes           TEXT    NOT NULL DEFAULT '',
    inline          INTEGER NOT NULL DEFAULT 0 CHECK (inline IN (0, 1)),
    src_lead        TEXT,   -- the three source columns are NULL together for a node made in Goalbook
    src_tail        TEXT,
    src_fingerprint TEXT
);

CREATE INDEX node_by_parent ON node (parent_id, position);

-- Links worth keeping. detached_from remembers the node a resource hung on when that node was removed, so that
-- undoing the removal (which re-inserts the node under its old id) hangs the resource back on it.
CREATE TABLE resource (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    origin        TEXT NOT NULL DEFAULT '',
    node_id       INTEGER REFERENCES node (id) ON DELETE SET NULL,
    detached_from INTEGER
);

CREATE INDEX resource_by_node ON resource (node_id);
CREATE INDEX resource_by_detached ON resource (detached_from) WHERE detached_from IS NOT NULL;

CREATE TRIGGER resource_detach BEFORE DELETE ON node
BEGIN
    UPDATE resource SET detached_from = OLD.id WHERE node_id = OLD.id;
END;

CREATE TRIGGER resource_reattach AFTER INSERT ON node
BEGIN
    UPDATE resource SET node_id = NEW.id, detached_from = NULL WHERE detached_from = NEW.id;
END;

-- Full-text index over node names and notes (a page's text is its notes), kept current by the triggers below in the
-- same transaction as the change itself.
CREATE VIRTUAL TABLE node_text USING fts5 (
    name, notes,
    content = 'node', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER node_text_insert AFTER INSERT ON node
BEGIN
    INSERT INTO node_text (rowid, name, notes) VALUES (NEW.id, NEW.name, NEW.notes);
END;

CREATE TRIGGER node_text_delete AFTER DELETE ON node
BEGIN
    INSERT INTO node_text (node_text, rowid, name, notes) VALUES ('delete', OLD.id, OLD.name, OLD.notes);
END;

-- Ticks and moves leave the text alone; only re-index when it changed.
CREATE TRIGGER node_text_update AFTER UPDATE OF name, notes ON node
    WHEN OLD.name IS NOT NEW.name OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO node_text (node_text, rowid, name, notes) VALUES ('delete', OLD.id, OLD.name, OLD.notes);
    INSERT INTO node_text (rowid, name, notes) VALUES (NEW.id, NEW.name, NEW.notes);
END;
