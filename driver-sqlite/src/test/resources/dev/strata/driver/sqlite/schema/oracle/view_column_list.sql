-- A view with a column list.
-- current

-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v (x, y) AS SELECT id, a FROM t;
