-- INVISIBLE columns (MariaDB 10.3+, MySQL 8.0.23+).
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int INVISIBLE);
