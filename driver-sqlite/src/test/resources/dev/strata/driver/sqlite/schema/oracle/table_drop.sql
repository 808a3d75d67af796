-- A table with rows is dropped.
-- current
CREATE TABLE keep (id INTEGER PRIMARY KEY);
CREATE TABLE gone (id INTEGER PRIMARY KEY, v TEXT);
-- data
INSERT INTO gone VALUES (1, 'a');
-- desired
CREATE TABLE keep (id INTEGER PRIMARY KEY);
