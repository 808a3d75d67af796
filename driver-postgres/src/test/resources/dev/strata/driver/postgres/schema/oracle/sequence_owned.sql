-- current
CREATE TABLE t (a int NOT NULL);
-- desired
CREATE TABLE t (a int NOT NULL);
CREATE SEQUENCE t_a START 7 OWNED BY t.a;
