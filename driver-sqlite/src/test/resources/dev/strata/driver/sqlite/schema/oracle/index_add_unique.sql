-- A unique index is created on rows that are unique.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- data
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE UNIQUE INDEX t_a ON t (a);
