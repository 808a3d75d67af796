-- Signed to unsigned and back.
-- current
CREATE TABLE t (a int, b tinyint unsigned);
-- desired
CREATE TABLE t (a int unsigned, b tinyint);
