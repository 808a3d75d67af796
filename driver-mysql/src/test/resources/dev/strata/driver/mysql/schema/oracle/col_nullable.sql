-- NOT NULL to nullable.
-- current
CREATE TABLE t (a int NOT NULL, b varchar(5) NOT NULL);
-- desired
CREATE TABLE t (a int NULL, b varchar(5));
