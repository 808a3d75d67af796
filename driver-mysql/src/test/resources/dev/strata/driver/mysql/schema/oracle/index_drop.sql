-- Indexes dropped.
-- current
CREATE TABLE t (a int, b int, KEY ia (a), UNIQUE KEY ub (b));
-- desired
CREATE TABLE t (a int, b int);
