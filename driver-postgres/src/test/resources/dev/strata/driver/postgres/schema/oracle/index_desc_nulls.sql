-- current
CREATE TABLE t (a int, b int, c int);
CREATE INDEX t_abc ON t (a, b, c);
-- desired
CREATE TABLE t (a int, b int, c int);
CREATE INDEX t_abc ON t (a DESC, b NULLS FIRST, c DESC NULLS LAST);
