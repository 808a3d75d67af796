-- A NOT NULL column becomes nullable.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL);
-- data
INSERT INTO t VALUES (1, 'v');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- verify
SELECT a FROM t ==> v
