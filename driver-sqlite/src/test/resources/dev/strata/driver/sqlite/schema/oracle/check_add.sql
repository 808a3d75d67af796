-- A CHECK is added to a table whose rows pass it.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT);
-- data
INSERT INTO t VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT, CHECK (qty >= 0));
-- verify
SELECT qty FROM t ==> 5
