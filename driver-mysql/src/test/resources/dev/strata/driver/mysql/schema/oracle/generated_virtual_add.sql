-- A VIRTUAL generated column added.
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int, s int AS (a + b) VIRTUAL, c int);
