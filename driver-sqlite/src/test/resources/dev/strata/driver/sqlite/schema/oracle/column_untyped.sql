-- A column without a type gets one.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v);
-- data
INSERT INTO t VALUES (1, 3);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
-- verify
SELECT typeof(v) FROM t ==> text
