-- A generated expression changes.
-- current
CREATE TABLE t (a int, b int AS (a * 2) STORED);
-- desired
CREATE TABLE t (a int, b int AS (a * 3) STORED);
