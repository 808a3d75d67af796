-- current
CREATE TABLE t (a int DEFAULT 1, b text DEFAULT 'x');
-- desired
CREATE TABLE t (a int, b text);
