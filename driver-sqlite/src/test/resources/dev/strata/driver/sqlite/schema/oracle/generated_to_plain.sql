-- A generated column becomes an ordinary column and keeps its values.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, g INT AS (a * 3) STORED);
-- data
INSERT INTO t (id, a) VALUES (1, 2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, g INT);
-- verify
SELECT g FROM t ==> 6
