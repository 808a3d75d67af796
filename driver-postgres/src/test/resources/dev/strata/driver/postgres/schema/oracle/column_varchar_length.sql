-- current
CREATE TABLE t (a varchar(10), b character(3), c varchar);
-- desired
CREATE TABLE t (a varchar(255), b character(5), c varchar(20));
