-- A STORED generated column becomes a plain column.
-- current
CREATE TABLE t (a int, b int AS (a + 1) STORED);
-- desired
CREATE TABLE t (a int, b int);
