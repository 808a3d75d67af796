-- A WITHOUT ROWID table becomes a rowid table.
-- current
CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
-- data
INSERT INTO t VALUES ('a', 'b');
-- desired
CREATE TABLE t (k TEXT NOT NULL PRIMARY KEY, v TEXT);
-- verify
SELECT v FROM t ==> b
