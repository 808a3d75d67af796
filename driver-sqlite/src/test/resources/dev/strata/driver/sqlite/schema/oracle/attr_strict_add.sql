-- A table becomes STRICT.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT, s TEXT);
-- data
INSERT INTO t VALUES (1, 2, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT, s TEXT) STRICT;
-- verify
SELECT n FROM t ==> 2
