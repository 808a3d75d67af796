-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int REFERENCES parent (id));
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int);
