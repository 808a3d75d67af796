-- A parenthesised expression default rebuilds the table.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, d TEXT DEFAULT (datetime('now')), n INT DEFAULT (1 + 2));
-- verify
SELECT n FROM t ==> 3
