-- An index changes its columns (drop and create).
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX t_i ON t (a);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX t_i ON t (b, a);
