-- A column gains a collation.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
-- data
INSERT INTO t VALUES (1, 'Ab');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE);
-- verify
SELECT count(*) FROM t WHERE name = 'ab' ==> 1
