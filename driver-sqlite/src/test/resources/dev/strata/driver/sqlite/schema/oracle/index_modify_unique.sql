-- An index becomes unique.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE INDEX t_i ON t (a);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE UNIQUE INDEX t_i ON t (a);
