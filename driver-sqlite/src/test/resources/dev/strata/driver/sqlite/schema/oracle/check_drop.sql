-- A CHECK is dropped.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT CHECK (qty >= 0));
-- data
INSERT INTO t VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT);
-- verify
SELECT qty FROM t ==> 5
