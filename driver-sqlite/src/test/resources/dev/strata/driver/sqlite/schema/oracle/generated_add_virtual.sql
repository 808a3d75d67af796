-- A VIRTUAL generated column is added with ALTER TABLE.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT);
-- data
INSERT INTO t VALUES (1, 20);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, twice INT AS (a * 2));
-- verify
SELECT twice FROM t ==> 40
