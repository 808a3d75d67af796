-- A UNIQUE constraint is dropped.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, UNIQUE (a, b));
-- data
INSERT INTO t VALUES (1, 'a', 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- verify
SELECT a || b FROM t ==> ab
