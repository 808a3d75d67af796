-- Defaults changed, a string holding a backslash and quotes.
-- current
CREATE TABLE t (a int DEFAULT 1, b varchar(20) DEFAULT 'x');
-- desired
CREATE TABLE t (a int DEFAULT 2, b varchar(20) DEFAULT 'a\\b"c');
