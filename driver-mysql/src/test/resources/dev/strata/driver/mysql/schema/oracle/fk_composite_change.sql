-- A composite foreign key retargeted to another key.
-- current
CREATE TABLE p (a int, b int, c int, PRIMARY KEY (a, b), UNIQUE KEY uc (c, a)); CREATE TABLE c (x int, y int, KEY ixy (x, y), CONSTRAINT fk FOREIGN KEY (x, y) REFERENCES p (a, b));
-- desired
CREATE TABLE p (a int, b int, c int, PRIMARY KEY (a, b), UNIQUE KEY uc (c, a)); CREATE TABLE c (x int, y int, KEY ixy (x, y), CONSTRAINT fk FOREIGN KEY (y, x) REFERENCES p (c, a));
