-- A parent with ON DELETE CASCADE children is rebuilt: no child row is deleted.
-- expect: rebuild
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
-- data
INSERT INTO p VALUES (1, 'one'); INSERT INTO c VALUES (10, 1), (11, 1);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT ''); CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
-- verify
SELECT count(*) FROM c ==> 2
SELECT name FROM p ==> one
