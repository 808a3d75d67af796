-- A new table references an existing one.
-- current
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);
