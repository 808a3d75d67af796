-- An unnamed check declared before an existing one.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT, CHECK (a > 0));
-- data
INSERT INTO t VALUES (1, 1, 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT, CHECK (b > 0), CHECK (a > 0));
