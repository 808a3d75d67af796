-- A foreign key is added to a table whose rows satisfy it.
-- expect: rebuild
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER);
-- data
INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- verify
SELECT p_id FROM c ==> 1
