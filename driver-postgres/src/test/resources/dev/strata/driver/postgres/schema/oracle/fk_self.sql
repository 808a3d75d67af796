-- current
CREATE TABLE node (id int PRIMARY KEY);
-- desired
CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node (id));
CREATE TABLE tree (id int PRIMARY KEY, up int REFERENCES tree (id));
