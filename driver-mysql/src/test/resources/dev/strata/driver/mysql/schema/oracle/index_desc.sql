-- Descending key parts (MariaDB 10.8+, MySQL 8).
-- current
CREATE TABLE t (a int, b int, KEY i (a, b));
-- desired
CREATE TABLE t (a int, b int, KEY i (a DESC, b), UNIQUE KEY u (b DESC));
