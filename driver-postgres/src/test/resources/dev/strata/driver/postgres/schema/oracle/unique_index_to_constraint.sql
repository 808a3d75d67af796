-- current
CREATE TABLE t (a int);
CREATE UNIQUE INDEX t_a_key ON t (a);
-- desired
CREATE TABLE t (a int, CONSTRAINT t_a_key UNIQUE (a));
