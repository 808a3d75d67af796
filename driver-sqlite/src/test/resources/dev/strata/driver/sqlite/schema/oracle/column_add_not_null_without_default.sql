-- A NOT NULL column without default on an empty table.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, req TEXT NOT NULL);
