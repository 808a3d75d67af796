-- A key is dropped.
-- current
CREATE TABLE t (code TEXT NOT NULL PRIMARY KEY, v TEXT);
-- data
INSERT INTO t VALUES ('a', '1');
-- desired
CREATE TABLE t (code TEXT NOT NULL, v TEXT);
-- verify
SELECT v FROM t ==> 1
