-- A self-referencing key on a rebuilt table with rows.
-- current
CREATE TABLE e (id INTEGER PRIMARY KEY, boss INTEGER);
-- data
INSERT INTO e VALUES (1, NULL), (2, 1);
-- desired
CREATE TABLE e (id INTEGER PRIMARY KEY, boss INTEGER REFERENCES e (id) ON DELETE SET NULL);
-- verify
SELECT boss FROM e WHERE id = 2 ==> 1
