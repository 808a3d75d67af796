-- A table without key gets one.
-- expect: rebuild
-- current
CREATE TABLE t (code TEXT NOT NULL, v TEXT);
-- data
INSERT INTO t VALUES ('a', '1');
-- desired
CREATE TABLE t (code TEXT NOT NULL, v TEXT, PRIMARY KEY (code));
-- verify
SELECT v FROM t ==> 1
