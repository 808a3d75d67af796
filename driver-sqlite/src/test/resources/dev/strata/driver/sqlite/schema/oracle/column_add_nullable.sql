-- ALTER TABLE ADD COLUMN for a nullable column.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
-- verify
SELECT a || coalesce(b, '-') FROM t ==> x-
