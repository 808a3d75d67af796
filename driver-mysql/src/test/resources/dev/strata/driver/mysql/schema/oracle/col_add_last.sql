-- Columns appended at the end.
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int, b text, c datetime(3));
