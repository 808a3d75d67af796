-- AUTOINCREMENT is removed.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
-- data
INSERT INTO t (v) VALUES ('a'), ('b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
-- verify
SELECT max(id) FROM t ==> 2
