-- current
-- desired
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (x int, y int, CONSTRAINT child_parent FOREIGN KEY (x, y) REFERENCES parent (a, b) ON DELETE CASCADE);
