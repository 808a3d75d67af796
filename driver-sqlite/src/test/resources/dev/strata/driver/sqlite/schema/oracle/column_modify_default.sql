-- A default changes.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT DEFAULT 1);
-- data
INSERT INTO t (id) VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INT DEFAULT 2);
-- verify
SELECT a FROM t ==> 1
