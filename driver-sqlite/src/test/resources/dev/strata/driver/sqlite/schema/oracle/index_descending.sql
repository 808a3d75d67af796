-- A descending index part.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT); CREATE INDEX t_d ON t (a, b);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT); CREATE INDEX t_d ON t (a, b DESC);
