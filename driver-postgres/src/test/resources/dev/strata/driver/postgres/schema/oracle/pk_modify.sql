-- current
CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a));
-- desired
CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
