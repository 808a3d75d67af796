-- A view's query changes.
-- current
CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a FROM t;
-- desired
CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a, b, a + b AS s FROM t ORDER BY a;
