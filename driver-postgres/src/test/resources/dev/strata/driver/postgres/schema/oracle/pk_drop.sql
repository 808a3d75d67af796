-- current
CREATE TABLE t (id int NOT NULL, v text, PRIMARY KEY (id));
-- desired
CREATE TABLE t (id int NOT NULL, v text);
