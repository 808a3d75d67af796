-- The expression of a generated column changes.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, g INT AS (a + 1));
-- data
INSERT INTO t (id, a) VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, g INT AS (a + 100));
-- verify
SELECT g FROM t ==> 105
