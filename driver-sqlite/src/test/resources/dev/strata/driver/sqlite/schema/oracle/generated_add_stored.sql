-- A STORED generated column needs a rebuild.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT);
-- data
INSERT INTO t VALUES (1, 20);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, twice INT GENERATED ALWAYS AS (a * 2) STORED);
-- verify
SELECT twice FROM t ==> 40
