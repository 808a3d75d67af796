-- current
CREATE TABLE t (a int, b text);
CREATE INDEX t_a ON t (a);
-- desired
CREATE TABLE t (a int, b text);
CREATE UNIQUE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (lower(b));
