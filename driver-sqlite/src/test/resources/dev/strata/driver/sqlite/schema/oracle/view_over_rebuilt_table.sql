-- A view that reads a rebuilt table keeps working.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v AS SELECT a FROM t;
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT NOT NULL DEFAULT 0, CHECK (b >= 0)); CREATE VIEW v AS SELECT a FROM t;
-- verify
SELECT a FROM v ==> x
