-- Both options at once.
-- current

-- desired
CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, a ANY) STRICT, WITHOUT ROWID;
