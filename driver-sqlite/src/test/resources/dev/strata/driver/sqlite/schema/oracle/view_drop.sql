-- A view is dropped.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY);
