-- An index part with its own collation, and one on a column with a collation.
-- current

-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT COLLATE NOCASE); CREATE INDEX t_c ON t (a COLLATE NOCASE, b); CREATE INDEX t_c2 ON t (b COLLATE BINARY);
