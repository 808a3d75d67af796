-- VARCHAR and CHAR lengths.
-- current
CREATE TABLE t (a varchar(10), b char(2));
-- desired
CREATE TABLE t (a varchar(255), b char(3));
