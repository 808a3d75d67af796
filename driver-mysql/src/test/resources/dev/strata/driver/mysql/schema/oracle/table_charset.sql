-- The table's character set changes: its columns follow (CONVERT TO).
-- current
CREATE TABLE t (a varchar(10), b text, c int) DEFAULT CHARSET=latin1;
-- desired
CREATE TABLE t (a varchar(10), b text, c int) DEFAULT CHARSET=utf8mb4;
