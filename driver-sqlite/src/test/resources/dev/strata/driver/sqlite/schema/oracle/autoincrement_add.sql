-- AUTOINCREMENT is added to a rowid alias; rows and the next id survive.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
-- data
INSERT INTO t VALUES (5, 'a');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
-- verify
SELECT v FROM t WHERE id = 5 ==> a
