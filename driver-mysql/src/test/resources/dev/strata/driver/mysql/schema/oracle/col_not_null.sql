-- Nullable to NOT NULL.
-- current
CREATE TABLE t (a int NULL, b varchar(5));
-- desired
CREATE TABLE t (a int NOT NULL, b varchar(5) NOT NULL DEFAULT '');
