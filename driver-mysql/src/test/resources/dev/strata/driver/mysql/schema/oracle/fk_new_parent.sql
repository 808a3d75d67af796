-- A new table referenced by a changed existing table.
-- current
CREATE TABLE c (id int PRIMARY KEY, kind int);
-- desired
CREATE TABLE kinds (id int PRIMARY KEY, name varchar(10)); CREATE TABLE c (id int PRIMARY KEY, kind int, CONSTRAINT fk_kind FOREIGN KEY (kind) REFERENCES kinds (id));
