-- current
CREATE TABLE t (id int NOT NULL, v text);
-- desired
CREATE TABLE t (id int NOT NULL, v text, PRIMARY KEY (id));
