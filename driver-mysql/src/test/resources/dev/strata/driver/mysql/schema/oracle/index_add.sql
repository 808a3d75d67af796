-- Indexes added, one on a new column.
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int, c int, KEY ia (a), KEY ic (c, b));
