-- A foreign key renamed is dropped and added (renames are not guessed).
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, a INTEGER, CONSTRAINT old_name FOREIGN KEY (a) REFERENCES p (id));
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, a INTEGER, CONSTRAINT new_name FOREIGN KEY (a) REFERENCES p (id));
