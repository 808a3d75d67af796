-- A database comment (MariaDB 10.5+).
-- current
CREATE TABLE t (a int);
-- desired
ALTER DATABASE COMMENT 'the app'; CREATE TABLE t (a int);
