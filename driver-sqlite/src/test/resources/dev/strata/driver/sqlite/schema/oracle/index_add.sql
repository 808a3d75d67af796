-- An index is created.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT); CREATE INDEX t_a_b ON t (a, b);
