-- A column dropped.
-- current
CREATE TABLE t (a int, b int, c int);
-- desired
CREATE TABLE t (a int, c int);
