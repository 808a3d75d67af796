-- A view dropped.
-- current
CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;
-- desired
CREATE TABLE t (a int);
