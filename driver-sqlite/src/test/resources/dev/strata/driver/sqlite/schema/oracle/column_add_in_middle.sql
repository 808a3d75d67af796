-- A column added before existing ones rebuilds to keep the declared order.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, z TEXT);
-- data
INSERT INTO t VALUES (1, 'z1');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, m TEXT, z TEXT);
-- verify
SELECT z FROM t ==> z1
