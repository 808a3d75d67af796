-- A view over another view.
-- current

-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v1 AS SELECT id, a FROM t; CREATE VIEW v2 AS SELECT a FROM v1 WHERE id > 1;
