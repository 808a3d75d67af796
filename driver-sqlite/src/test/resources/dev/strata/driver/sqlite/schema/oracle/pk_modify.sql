-- A key gains a column.
-- current
CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, v TEXT, PRIMARY KEY (a));
-- data
INSERT INTO t VALUES (1, 2, 'x');
-- desired
CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, v TEXT, PRIMARY KEY (a, b));
-- verify
SELECT v FROM t ==> x
