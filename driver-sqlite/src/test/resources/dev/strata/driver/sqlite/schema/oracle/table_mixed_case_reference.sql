-- A foreign key spells the referenced table in another case.
-- current

-- desired
CREATE TABLE Parent (Id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES PARENT (id));
