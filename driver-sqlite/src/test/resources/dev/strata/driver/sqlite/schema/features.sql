-- Every model feature SQLite has, for the inspect / render / replay round trip.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name Varchar ( 100 ) NOT NULL DEFAULT '',
  balance NUMERIC(12, 2) DEFAULT 0 CHECK (balance >= 0),
  created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated TEXT DEFAULT (datetime('now', 'localtime')),
  flags BLOB DEFAULT x'00',
  score REAL DEFAULT -1.5,
  lower_email TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL,
  name_len INT AS (length(name)) STORED,
  untyped,
  g2 AS (id + 1),
  e NOT NULL DEFAULT (1+1) COLLATE NOCASE,
  CONSTRAINT name_not_blank CHECK (name <> 'x')
);
CREATE INDEX accounts_created ON accounts (created DESC, name);
CREATE INDEX accounts_live ON accounts (email) WHERE balance > 0;
CREATE UNIQUE INDEX accounts_lower ON accounts (lower(name), substr(email, 1, 3) COLLATE NOCASE DESC);
CREATE TABLE "order lines" (
  "order" INTEGER NOT NULL,
  line INTEGER NOT NULL,
  account_id INTEGER REFERENCES accounts ON DELETE CASCADE ON UPDATE SET NULL,
  qty INT CHECK (qty > 0),
  [note s] TEXT,
  "back`tick" TEXT,
  PRIMARY KEY ("order", line DESC),
  CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
  UNIQUE (account_id, line),
  CHECK (line < 1000)
) WITHOUT ROWID;
CREATE TABLE tags (name TEXT PRIMARY KEY, n INTEGER, a ANY) STRICT;
CREATE TABLE tree (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES tree (id), tag TEXT REFERENCES tags);
CREATE TABLE log (at TEXT, msg TEXT);
CREATE VIEW account_names AS SELECT id, name FROM accounts WHERE balance > 0;
CREATE VIEW v2 (a, b) AS SELECT "order", line FROM "order lines";
CREATE TRIGGER accounts_ins AFTER INSERT ON accounts
BEGIN
  INSERT INTO log (at, msg) VALUES (datetime('now'), 'new account ' || new.email);
END;
CREATE TRIGGER tree_del BEFORE DELETE ON tree FOR EACH ROW WHEN old.parent IS NULL BEGIN SELECT RAISE(ABORT, 'root'); END;
