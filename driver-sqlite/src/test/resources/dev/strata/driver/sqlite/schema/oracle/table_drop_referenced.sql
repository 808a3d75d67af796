-- A parent and its child are dropped; foreign keys are enforced.
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
CREATE TABLE other (x TEXT);
-- data
INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1);
-- desired
CREATE TABLE other (x TEXT);
