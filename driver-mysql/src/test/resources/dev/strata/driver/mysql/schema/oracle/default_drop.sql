-- Defaults removed.
-- current
CREATE TABLE t (a int DEFAULT 1, b varchar(20) NOT NULL DEFAULT 'x');
-- desired
CREATE TABLE t (a int, b varchar(20) NOT NULL);
