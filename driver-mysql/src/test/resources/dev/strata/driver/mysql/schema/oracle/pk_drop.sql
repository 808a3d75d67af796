-- A primary key dropped.
-- current
CREATE TABLE t (a int NOT NULL, PRIMARY KEY (a));
-- desired
CREATE TABLE t (a int NOT NULL);
