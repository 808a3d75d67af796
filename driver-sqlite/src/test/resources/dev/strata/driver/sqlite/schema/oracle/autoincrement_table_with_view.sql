-- An AUTOINCREMENT table rebuilt while a view reads it.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT); CREATE VIEW tv AS SELECT id, v FROM t;
-- data
INSERT INTO t (v) VALUES ('a');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT NOT NULL DEFAULT ''); CREATE VIEW tv AS SELECT id, v FROM t;
-- verify
SELECT v FROM tv ==> a
SELECT seq FROM sqlite_sequence WHERE name = 't' ==> 1
