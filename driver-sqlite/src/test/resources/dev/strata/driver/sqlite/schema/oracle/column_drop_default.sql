-- A default is removed.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT DEFAULT 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
