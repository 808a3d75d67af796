-- A renamed column is a drop and an add.
-- current
CREATE TABLE t (a int, old_col int, z int);
-- desired
CREATE TABLE t (a int, new_col int, z int);
