-- A primary key added.
-- current
CREATE TABLE t (a int NOT NULL, b int);
-- desired
CREATE TABLE t (a int NOT NULL, b int, PRIMARY KEY (a));
