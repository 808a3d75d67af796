-- A composite foreign key.
-- current
CREATE TABLE p (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b)); CREATE TABLE c (id INTEGER PRIMARY KEY, pa INT, pb INT);
-- data
INSERT INTO p VALUES (1, 2); INSERT INTO c VALUES (1, 1, 2);
-- desired
CREATE TABLE p (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b)); CREATE TABLE c (id INTEGER PRIMARY KEY, pa INT, pb INT, FOREIGN KEY (pa, pb) REFERENCES p (a, b) ON DELETE CASCADE);
-- verify
SELECT pa + pb FROM c ==> 3
