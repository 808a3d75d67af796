-- A check and the column it checks dropped together.
-- current
CREATE TABLE t (a int, b int, CONSTRAINT cb CHECK (b > a));
-- desired
CREATE TABLE t (a int);
