-- A table comment removed.
-- current
CREATE TABLE t (a int) COMMENT 'x';
-- desired
CREATE TABLE t (a int);
