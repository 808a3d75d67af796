-- current
CREATE TABLE t (id int NOT NULL);
-- desired
CREATE TABLE t (id int NOT NULL, name varchar(40) NOT NULL DEFAULT 'x', note text);
