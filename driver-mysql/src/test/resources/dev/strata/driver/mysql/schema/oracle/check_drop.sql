-- A check constraint dropped.
-- current
CREATE TABLE t (a int, CONSTRAINT pos CHECK (a > 0));
-- desired
CREATE TABLE t (a int);
