-- A default SQLite's ADD COLUMN refuses (CURRENT_TIMESTAMP) rebuilds the table.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- data
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
-- verify
SELECT group_concat(a, ',') FROM t ==> x,y
SELECT count(created) FROM t ==> 2
