-- A column is dropped while the view that read it changes.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE VIEW v AS SELECT a, b FROM t;
-- data
INSERT INTO t VALUES (1, 'x', 'y');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v AS SELECT a FROM t;
-- verify
SELECT a FROM v ==> x
