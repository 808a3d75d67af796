-- ALTER TABLE ADD COLUMN with a constant default.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL DEFAULT 'new', n REAL DEFAULT -1.5);
-- verify
SELECT s || n FROM t ==> new-1.5
