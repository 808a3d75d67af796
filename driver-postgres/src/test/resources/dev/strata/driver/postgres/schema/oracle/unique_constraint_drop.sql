-- current
CREATE TABLE t (a int UNIQUE, b int);
-- desired
CREATE TABLE t (a int, b int);
