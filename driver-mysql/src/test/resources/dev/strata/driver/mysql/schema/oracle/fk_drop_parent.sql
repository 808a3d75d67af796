-- A referenced table and its referencing key dropped together.
-- current
CREATE TABLE kinds (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, kind int, CONSTRAINT fk_kind FOREIGN KEY (kind) REFERENCES kinds (id));
-- desired
CREATE TABLE c (id int PRIMARY KEY, kind int, KEY fk_kind (kind));
