-- A view is created.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v AS SELECT id, upper(a) AS ua FROM t WHERE a IS NOT NULL;
