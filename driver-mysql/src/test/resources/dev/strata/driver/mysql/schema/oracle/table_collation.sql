-- The table's collation changes, one column keeps an explicit one.
-- current
CREATE TABLE t (a varchar(10), b varchar(10) COLLATE utf8mb4_bin) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- desired
CREATE TABLE t (a varchar(10), b varchar(10) COLLATE utf8mb4_bin) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
