-- current
CREATE TABLE t (a int NOT NULL);
-- desired
CREATE TABLE t (a int NOT NULL, CONSTRAINT t_primary PRIMARY KEY (a));
CREATE TABLE u (b int NOT NULL, CONSTRAINT u_key PRIMARY KEY (b));
