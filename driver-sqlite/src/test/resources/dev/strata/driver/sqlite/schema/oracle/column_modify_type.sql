-- A type change keeps the values.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT);
-- data
INSERT INTO t VALUES (1, '42');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- verify
SELECT typeof(n) || n FROM t ==> integer42
