-- A column with a UNIQUE constraint: the table is rebuilt.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE, a INT);
-- data
INSERT INTO t VALUES (1, 'c', 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT);
-- verify
SELECT a FROM t ==> 5
