-- current
CREATE TABLE t (a int, b text);
-- desired
CREATE TABLE t (a int NOT NULL, b text NOT NULL);
