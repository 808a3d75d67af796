-- A view over another view, both new.
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a * 2 AS d FROM v1;
