-- current
CREATE TABLE t (id int NOT NULL, name text, note text);
-- desired
CREATE TABLE t (id int NOT NULL, note text);
