-- An index on expressions.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX t_x ON t (lower(a), length(b) DESC, a || b);
