-- An index is dropped.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE INDEX t_a ON t (a);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
