-- The predicate of a partial index changes.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INT); CREATE INDEX t_p ON t (a) WHERE n > 0;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INT); CREATE INDEX t_p ON t (a) WHERE n > 10;
