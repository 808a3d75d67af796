-- Three tables referencing each other in a chain dropped.
-- current
CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a int, FOREIGN KEY (a) REFERENCES a (id)); CREATE TABLE c (id int PRIMARY KEY, b int, FOREIGN KEY (b) REFERENCES b (id)); CREATE TABLE keep (x int);
-- desired
CREATE TABLE keep (x int);
