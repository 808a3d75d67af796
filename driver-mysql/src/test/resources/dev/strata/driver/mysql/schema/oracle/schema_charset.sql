-- The database's default character set and collation change.
-- current
CREATE TABLE t (a int);
-- desired
ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci; CREATE TABLE t (a int) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
