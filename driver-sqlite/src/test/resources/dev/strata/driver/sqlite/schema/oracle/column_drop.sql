-- ALTER TABLE DROP COLUMN; the other column keeps its rows.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- data
INSERT INTO t VALUES (1, 'a1', 'b1');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- verify
SELECT a FROM t ==> a1
