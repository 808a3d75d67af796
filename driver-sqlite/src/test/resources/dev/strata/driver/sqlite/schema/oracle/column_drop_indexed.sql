-- The index on a dropped column goes first.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX t_b ON t (b);
-- data
INSERT INTO t VALUES (1, 'a1', 'b1');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- verify
SELECT a FROM t ==> a1
