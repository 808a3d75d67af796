-- current
CREATE TABLE t (a text, b text COLLATE "C");
-- desired
CREATE TABLE t (a text COLLATE "C", b text, c varchar(10) COLLATE "POSIX");
