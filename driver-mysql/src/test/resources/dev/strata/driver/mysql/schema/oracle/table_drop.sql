-- A table dropped.
-- current
CREATE TABLE t (a int); CREATE TABLE u (b int);
-- desired
CREATE TABLE u (b int);
