-- A UNIQUE constraint with its own collation.
-- current

-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, UNIQUE (a COLLATE NOCASE));
