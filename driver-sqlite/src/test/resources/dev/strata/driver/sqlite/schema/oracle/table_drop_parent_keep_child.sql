-- A referenced table is dropped while its child and the child's rows stay (the child's key is dropped too).
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);
-- data
INSERT INTO parent VALUES (1); INSERT INTO child VALUES (7, 1);
-- desired
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER);
-- verify
SELECT count(*) FROM child ==> 1
