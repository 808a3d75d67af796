-- current
CREATE SEQUENCE s1;
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int);
