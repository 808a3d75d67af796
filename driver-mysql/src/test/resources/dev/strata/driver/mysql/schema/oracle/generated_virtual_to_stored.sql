-- VIRTUAL to STORED: the column is dropped and added again, with its index.
-- current
CREATE TABLE t (a int, b int AS (a + 1) VIRTUAL, c int, KEY ib (b, c));
-- desired
CREATE TABLE t (a int, b int AS (a + 1) STORED, c int, KEY ib (b, c));
