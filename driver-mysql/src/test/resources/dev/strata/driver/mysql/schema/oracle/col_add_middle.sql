-- A column added between existing ones lands in its place (AFTER).
-- current
CREATE TABLE t (a int NOT NULL, c int);
-- desired
CREATE TABLE t (a int NOT NULL, b varchar(10) NOT NULL DEFAULT 'x', c int);
