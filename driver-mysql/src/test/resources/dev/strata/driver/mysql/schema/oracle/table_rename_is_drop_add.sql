-- A renamed table is planned as a drop and an add (renames are not guessed).
-- current
CREATE TABLE old_name (a int);
-- desired
CREATE TABLE new_name (a int);
