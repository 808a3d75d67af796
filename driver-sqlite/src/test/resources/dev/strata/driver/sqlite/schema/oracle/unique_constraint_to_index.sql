-- A UNIQUE constraint becomes a unique index.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE);
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE UNIQUE INDEX t_a_idx ON t (a);
-- verify
SELECT a FROM t ==> x
