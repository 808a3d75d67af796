-- current
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t;
-- desired
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, b FROM t WHERE a IS NOT NULL;
