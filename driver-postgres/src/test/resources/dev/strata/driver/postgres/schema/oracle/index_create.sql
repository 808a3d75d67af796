-- current
CREATE TABLE t (a int, b text);
-- desired
CREATE TABLE t (a int, b text);
CREATE INDEX t_a ON t (a);
CREATE INDEX t_ab ON t (a, b);
