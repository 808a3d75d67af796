-- A column's character set differs from the table's.
-- current
CREATE TABLE t (a varchar(10), b varchar(10) CHARACTER SET latin1);
-- desired
CREATE TABLE t (a varchar(10) CHARACTER SET latin1, b varchar(10));
