-- A partial index.
-- expect: alter
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INT); CREATE INDEX t_live ON t (a) WHERE deleted = 0 AND a IS NOT NULL;
