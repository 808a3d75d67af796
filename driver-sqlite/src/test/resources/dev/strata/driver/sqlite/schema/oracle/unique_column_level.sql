-- Column-level and table-level UNIQUE in another declaration order read back the same.
-- expect: empty
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT, c TEXT, UNIQUE (b, c DESC));
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, UNIQUE (b, c DESC), UNIQUE (a));
