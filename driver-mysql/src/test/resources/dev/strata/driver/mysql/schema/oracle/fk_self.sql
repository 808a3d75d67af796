-- A self-referencing foreign key on a new column.
-- current
CREATE TABLE node (id int PRIMARY KEY);
-- desired
CREATE TABLE node (id int PRIMARY KEY, parent int, CONSTRAINT fk_parent FOREIGN KEY (parent) REFERENCES node (id) ON DELETE SET NULL);
