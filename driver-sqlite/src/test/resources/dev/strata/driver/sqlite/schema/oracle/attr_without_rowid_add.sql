-- A table becomes WITHOUT ROWID.
-- expect: rebuild
-- current
CREATE TABLE t (k TEXT NOT NULL PRIMARY KEY, v TEXT);
-- data
INSERT INTO t VALUES ('a', 'b');
-- desired
CREATE TABLE t (k TEXT NOT NULL PRIMARY KEY, v TEXT) WITHOUT ROWID;
-- verify
SELECT v FROM t ==> b
