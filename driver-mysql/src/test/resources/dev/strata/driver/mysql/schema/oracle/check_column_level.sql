-- A column-level check (MariaDB names it after the column).
-- current
CREATE TABLE t (a int, b varchar(5));
-- desired
CREATE TABLE t (a int CHECK (a <> 0), b varchar(5) CHECK (b IN ('x', 'y')));
