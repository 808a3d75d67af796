-- A column added in front is placed FIRST.
-- current
CREATE TABLE t (b int);
-- desired
CREATE TABLE t (a int, b int);
