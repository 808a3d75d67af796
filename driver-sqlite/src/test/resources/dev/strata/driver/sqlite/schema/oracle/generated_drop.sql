-- A generated column is dropped.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, g INT AS (a * 3) STORED);
-- data
INSERT INTO t (id, a) VALUES (1, 2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT);
-- verify
SELECT a FROM t ==> 2
