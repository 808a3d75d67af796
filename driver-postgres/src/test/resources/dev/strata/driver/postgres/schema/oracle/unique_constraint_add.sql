-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int, CONSTRAINT t_a_b_key UNIQUE (a, b));
CREATE TABLE u (x int UNIQUE, y int, CONSTRAINT u_y UNIQUE (y) INCLUDE (x));
