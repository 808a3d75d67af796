-- REFERENCES without columns means the parent's key.
-- current
CREATE TABLE p (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
-- desired
CREATE TABLE p (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)); CREATE TABLE c (x TEXT, y TEXT, FOREIGN KEY (x, y) REFERENCES p);
