-- A column's collation differs from the table's.
-- current
CREATE TABLE t (a varchar(10), b char(4) COLLATE utf8mb4_bin);
-- desired
CREATE TABLE t (a varchar(10) COLLATE utf8mb4_unicode_ci, b char(4));
