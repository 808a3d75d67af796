-- A column named by a dropped CHECK: the table is rebuilt.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT CHECK (b > 0));
-- data
INSERT INTO t VALUES (1, 10, 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT);
-- verify
SELECT a FROM t ==> 10
